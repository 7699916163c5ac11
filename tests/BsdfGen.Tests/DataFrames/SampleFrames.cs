namespace BsdfGen.Tests.DataFrames;

/// <summary>Frames with a column of every type, for round trips.</summary>
public static class SampleFrames
{
    /// <summary>Every column type, each with missing values, of <paramref name="rows"/> rows.</summary>
    public static BsdfDataFrame EveryType(int rows)
    {
        var random = new Random(rows + 17);
        bool Present(int row) => row % 5 != 3;
        T? Maybe<T>(int row, T value)
            where T : struct => Present(row) ? value : null;
        string? MaybeText(int row, string value) => Present(row) ? value : null;
        var rowRange = Enumerable.Range(0, rows).ToArray();
        var validity = BsdfValidity.FromBooleans(rowRange.Select(Present).ToArray());

        var elements = rowRange.Select(row => Enumerable.Range(0, row % 4).Select(i => (long)(row * 10 + i)).ToArray()).ToArray();
        var listOffsets = new int[rows + 1];
        for (var row = 0; row < rows; row++)
        {
            listOffsets[row + 1] = listOffsets[row] + elements[row].Length;
        }

        var stringLists = BsdfListColumn.FromLists(rowRange.Select(row => Present(row) ? Enumerable.Repeat($"s{row}", row % 3) : null));
        var point = new BsdfStructColumn(rows,
        [
            new("x", BsdfColumn.Create(rowRange.Select(row => (long)row).ToArray())),
            new("label", BsdfColumn.Create(rowRange.Select(row => MaybeText(row + 1, $"p{row}")).ToArray())),
            new("when", BsdfTimestampColumn.FromInstants(rowRange.Select(row => DateTimeOffset.FromUnixTimeSeconds(1_600_000_000 + row)).ToArray(), BsdfTimeUnit.Seconds, "Europe/Oslo")),
        ], validity);

        return new BsdfDataFrame()
            .Add("null", new BsdfNullColumn(rows))
            .Add("bool", rowRange.Select(row => Maybe(row, row % 2 == 0)).ToArray())
            .Add("int8", rowRange.Select(row => Maybe(row, (sbyte)(row - 100))).ToArray())
            .Add("int16", rowRange.Select(row => Maybe(row, (short)(row * -300))).ToArray())
            .Add("int32", rowRange.Select(row => Maybe(row, random.Next(int.MinValue, int.MaxValue))).ToArray())
            .Add("int64", rowRange.Select(row => Maybe(row, random.NextInt64(long.MinValue, long.MaxValue))).ToArray())
            .Add("uint8", rowRange.Select(row => Maybe(row, (byte)row)).ToArray())
            .Add("uint16", rowRange.Select(row => Maybe(row, (ushort)(row * 7))).ToArray())
            .Add("uint32", rowRange.Select(row => Maybe(row, uint.MaxValue - (uint)row)).ToArray())
            .Add("uint64", rowRange.Select(row => Maybe(row, ulong.MaxValue - (ulong)row)).ToArray())
            .Add("float16", rowRange.Select(row => Maybe(row, (Half)(row * 0.5))).ToArray())
            .Add("float32", rowRange.Select(row => Maybe(row, row % 7 == 6 ? float.NaN : row / 3f)).ToArray())
            .Add("float64", rowRange.Select(row => Maybe(row, row % 7 == 6 ? double.NegativeInfinity : random.NextDouble() - 0.5)).ToArray())
            .Add("date", rowRange.Select(row => Maybe(row, new DateOnly(1960, 1, 1).AddDays(row * 37))).ToArray())
            .Add("date_ms", BsdfDateMillisecondsColumn.FromDateTimes(rowRange.Select(row => Maybe(row, new DateTime(2001, 2, 3, 4, 5, 6, 7).AddMinutes(-row * 13))).ToArray()))
            .Add("ts_s", new BsdfTimestampColumn(rowRange.Select(row => (long)row * 86_400 - 5_000_000).ToArray(), BsdfTimeUnit.Seconds, null, validity))
            .Add("ts_ms", rowRange.Select(row => Maybe(row, new DateTime(2024, 1, 1).AddMilliseconds(row * 1234.0))).ToArray())
            .Add("ts_us", BsdfTimestampColumn.FromInstants(rowRange.Select(row => Maybe(row, DateTimeOffset.UnixEpoch.AddTicks(row * 12_345_670L))).ToArray()))
            .Add("ts_ns", new BsdfTimestampColumn(rowRange.Select(row => 1_700_000_000_123_456_789L + row).ToArray(), BsdfTimeUnit.Nanoseconds, "Asia/Singapore"))
            .Add("time_s", new BsdfTimeColumn(rowRange.Select(row => (long)(row * 61 % 86_400)).ToArray(), BsdfTimeUnit.Seconds, validity))
            .Add("time_ms", new BsdfTimeColumn(rowRange.Select(row => (long)(row * 999 % 86_400_000)).ToArray(), BsdfTimeUnit.Milliseconds))
            .Add("time_us", new BsdfTimeColumn(rowRange.Select(row => row * 1_000_003L).ToArray(), BsdfTimeUnit.Microseconds, validity))
            .Add("time_ns", rowRange.Select(row => Maybe(row, new TimeOnly(row % 24, row % 60, 7).Add(TimeSpan.FromTicks(row)))).ToArray())
            .Add("opaque", BsdfOpaqueColumn.FromValues(4, rowRange.Select(row => Present(row) ? BitConverter.GetBytes(row) : null).ToArray()))
            .Add("bytes", rowRange.Select(row => Present(row) ? Enumerable.Range(0, row % 6).Select(i => (byte)(i * row)).ToArray() : null).ToArray())
            .Add("utf8", rowRange.Select(row => MaybeText(row, row % 4 == 0 ? string.Empty : $"ünï {row} 😀")).ToArray())
            .Add("list", new BsdfListColumn(BsdfColumn.Create(elements.SelectMany(items => items).ToArray()), listOffsets, validity))
            .Add("list_utf8", stringLists)
            .Add("struct", point)
            .Add("factor", BsdfDictionaryColumn.FromStrings(rowRange.Select(row => MaybeText(row, $"c{row % 3}")), ordered: false))
            .Add("ordered", BsdfDictionaryColumn.FromStrings(rowRange.Select(row => MaybeText(row, row % 2 == 0 ? "low" : "high")), ["low", "high", "unused"], ordered: true))
            .Add("dict_int8", new BsdfDictionaryColumn(
                new BsdfPrimitiveColumn<sbyte>(rowRange.Select(row => (sbyte)(row % 2)).ToArray()),
                BsdfColumn.Create(new[] { 2.5, -1.0 }),
                ordered: false,
                validity));
    }
}
