using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>The frame and column model as a C# user meets it: construction, lookup, typed and nullable access, validation.</summary>
public class ColumnModelTests
{
    [Fact]
    public void Frames_are_built_from_arrays_and_looked_up_by_name()
    {
        var frame = new BsdfDataFrame()
            .Add("id", new long[] { 1, 2, 3 })
            .Add("price", new double?[] { 1.5, null, -2.25 })
            .Add("name", new[] { "abc", null, "xyz" })
            .Add("tags", new List<byte[]?> { new byte[] { 1 }, null, Array.Empty<byte>() });

        Assert.Equal(3, frame.RowCount);
        Assert.Equal(4, frame.ColumnCount);
        Assert.Equal(["id", "price", "name", "tags"], frame.ColumnNames);
        Assert.Equal(1, frame.IndexOf("price"));
        Assert.True(frame.ContainsColumn("name"));
        Assert.False(frame.TryGetColumn("missing", out _));
        Assert.Same(frame["price"], frame[1]);
        Assert.Equal(BsdfColumnType.Float64, frame["price"].Type);
        Assert.Equal(BsdfColumnType.Bytes, frame["tags"].Type);
        Assert.Null(frame.GetColumn<BsdfPrimitiveColumn<double>>("price")[1]);
        Assert.Equal("xyz", frame.GetColumn<BsdfStringColumn>("name")[2]);
        Assert.Equal([1L, 2L, 3L], frame.GetColumn<BsdfPrimitiveColumn<long>>("id").Values.ToArray());
        Assert.Equal(new BsdfMap { ["id"] = 2L, ["price"] = null, ["name"] = null, ["tags"] = null }, frame.GetRow(1));
        Assert.Equal(["id", "price", "name", "tags"], frame.Select(pair => pair.Key));
        Assert.Equal("BsdfDataFrame: 3 rows × 4 columns (id: int64, price: float64, name: utf8, tags: bytes)", frame.ToString());

        Assert.Throws<KeyNotFoundException>(() => frame["missing"]);
        Assert.Throws<InvalidCastException>(() => frame.GetColumn<BsdfStringColumn>("id"));
        Assert.Throws<ArgumentException>(() => frame.Add("id", new long[3]));
        Assert.Throws<ArgumentException>(() => frame.Add("short", new long[2]));
        Assert.Throws<ArgumentException>(() => frame.Add("", new long[3]));

        frame["id"] = BsdfColumn.Create(new[] { 7, 8, 9 });
        Assert.Equal(0, frame.IndexOf("id"));
        Assert.Equal(BsdfColumnType.Int32, frame["id"].Type);
        Assert.True(frame.Remove("price"));
        Assert.False(frame.Remove("price"));
        Assert.Equal(["id", "name", "tags"], frame.ColumnNames);
        Assert.Equal(2, frame.IndexOf("tags"));
    }

    [Fact]
    public void Create_chooses_the_column_type_from_the_element_type()
    {
        Assert.Equal(BsdfColumnType.Bool, BsdfColumn.Create(new[] { true }).Type);
        Assert.Equal(BsdfColumnType.Int8, BsdfColumn.Create(new sbyte?[] { 1 }).Type);
        Assert.Equal(BsdfColumnType.UInt16, BsdfColumn.Create(new ushort[] { 1 }).Type);
        Assert.Equal(BsdfColumnType.UInt64, BsdfColumn.Create(new List<ulong?> { 1 }).Type);
        Assert.Equal(BsdfColumnType.Float16, BsdfColumn.Create(new[] { Half.One }).Type);
        Assert.Equal(BsdfColumnType.Date, BsdfColumn.Create(new DateOnly?[] { null }).Type);
        Assert.Equal(BsdfColumnType.Timestamp(BsdfTimeUnit.Microseconds, "UTC"), BsdfColumn.Create(new[] { DateTime.UnixEpoch }).Type);
        Assert.Equal(BsdfColumnType.Timestamp(BsdfTimeUnit.Microseconds), BsdfColumn.Create(new[] { new DateTime(1970, 1, 1) }).Type);
        Assert.Equal(BsdfColumnType.Timestamp(BsdfTimeUnit.Microseconds, "UTC"), BsdfColumn.Create(new[] { DateTimeOffset.UnixEpoch }).Type);
        Assert.Equal(BsdfColumnType.Time(BsdfTimeUnit.Nanoseconds), BsdfColumn.Create(new TimeOnly?[] { TimeOnly.MaxValue }).Type);
        Assert.Equal(BsdfColumnType.Utf8, BsdfColumn.Create(new List<string> { "x" }).Type);
        Assert.Throws<ArgumentException>(() => BsdfColumn.Create(new[] { Guid.Empty }));
        Assert.Throws<ArgumentException>(() => BsdfColumn.Create(new[] { new object() }));
        Assert.Throws<ArgumentException>(() => new BsdfPrimitiveColumn<DateOnly>([default]));
    }

    [Fact]
    public void Values_and_validity_can_be_given_separately()
    {
        var values = new[] { 10, 20, 30, 40, 50, 60, 70, 80, 90 };
        var valid = new[] { true, false, true, true, false, true, true, true, false };
        var fromBooleans = new BsdfPrimitiveColumn<int>(values.AsSpan(), BsdfValidity.FromBooleans(valid));
        var fromBits = new BsdfPrimitiveColumn<int>(values, BsdfValidity.FromBits([0b1011_0111, 0b0000_0000], 9));
        Assert.True(fromBooleans.ContentEquals(fromBits));
        Assert.Equal(3, fromBooleans.NullCount);
        Assert.Equal(valid, fromBooleans.Validity.ToBooleans());
        Assert.Equal([0b1011_0111, 0], fromBooleans.Validity.Bits.ToArray());
        Assert.Null(fromBooleans[1]);
        Assert.Equal(90, fromBooleans.Values[8]);
        Assert.True(fromBooleans.IsNull(8));
        values[0] = -1;
        Assert.Equal(10, fromBooleans[0]);

        Assert.Equal(0b1000_0000, BsdfValidity.FromBits([0b1111_1111], 1).Bits[0]);
        Assert.Equal(0, BsdfValidity.AllValid(0).Bits.Length);
        Assert.Equal(2, BsdfValidity.AllNull(9).Bits.Length);
        Assert.Throws<ArgumentException>(() => BsdfValidity.FromBits([1], 9));
        Assert.Throws<ArgumentException>(() => new BsdfPrimitiveColumn<int>(values, BsdfValidity.AllValid(8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => fromBooleans.IsValid(9));
    }

    [Fact]
    public void Content_equality_ignores_what_missing_rows_hold()
    {
        var first = new BsdfPrimitiveColumn<double>([1, double.NaN, 3], BsdfValidity.FromBooleans([true, true, false]));
        var second = new BsdfPrimitiveColumn<double>([1, double.NaN, 99], BsdfValidity.FromBooleans([true, true, false]));
        Assert.True(first.ContentEquals(second));
        Assert.False(first.ContentEquals(new BsdfPrimitiveColumn<double>([1, double.NaN, 3])));
        Assert.False(first.ContentEquals(new BsdfPrimitiveColumn<float>([1, float.NaN, 3], first.Validity)));
        Assert.False(new BsdfPrimitiveColumn<double>([0.0]).ContentEquals(new BsdfPrimitiveColumn<double>([-0.0])));
    }

    [Fact]
    public void Temporal_columns_convert_to_and_from_dotnet_types()
    {
        var dates = BsdfDateColumn.FromDates([new DateOnly(1969, 12, 31), null]);
        Assert.Equal(-1, dates.Values[0]);
        Assert.Equal(new DateOnly(1969, 12, 31), dates[0]);
        Assert.Null(dates[1]);
        Assert.Throws<BsdfException>(() => new BsdfDateColumn([int.MaxValue])[0]);

        var instant = new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.FromHours(2)).AddTicks(1234567);
        var micros = BsdfTimestampColumn.FromInstants([instant]);
        Assert.Equal("UTC", micros.TimeZone);
        Assert.Equal(instant.AddTicks(-7), micros[0]);
        Assert.Equal(TimeSpan.Zero, micros[0]!.Value.Offset);
        var nanos = BsdfTimestampColumn.FromInstants([instant], BsdfTimeUnit.Nanoseconds, timeZone: null);
        Assert.Null(nanos.TimeZone);
        Assert.Equal(instant, nanos[0]);
        Assert.Equal(-1, BsdfTimestampColumn.FromDateTimes([DateTime.UnixEpoch.AddTicks(-1)])[0]!.Value.Ticks - DateTime.UnixEpoch.Ticks + 9);
        Assert.Throws<BsdfException>(() => new BsdfTimestampColumn([long.MaxValue], BsdfTimeUnit.Seconds)[0]);

        var noon = new TimeOnly(12, 30, 15).Add(TimeSpan.FromTicks(7));
        Assert.Equal(noon, BsdfTimeColumn.FromTimes([noon])[0]);
        Assert.Equal(new TimeOnly(12, 30, 15), BsdfTimeColumn.FromTimes([noon], BsdfTimeUnit.Seconds)[0]);
        Assert.Equal(45015L, BsdfTimeColumn.FromTimes([noon], BsdfTimeUnit.Seconds).Values[0]);
        Assert.Throws<ArgumentException>(() => new BsdfTimeColumn([1L << 40], BsdfTimeUnit.Milliseconds));
        Assert.Throws<BsdfException>(() => new BsdfTimeColumn([-1], BsdfTimeUnit.Seconds)[0]);

        var milliseconds = BsdfDateMillisecondsColumn.FromDateTimes([new DateTime(2000, 1, 1, 1, 2, 3, 40)]);
        Assert.Equal(946688523040L, milliseconds.Values[0]);
        Assert.Equal(DateTimeKind.Unspecified, milliseconds[0]!.Value.Kind);
        Assert.Equal(new DateTime(2000, 1, 1, 1, 2, 3, 40), milliseconds[0]);
    }

    [Fact]
    public void Binary_and_text_columns_keep_bytes_and_offsets()
    {
        var text = new BsdfStringColumn(["a", null, "Ωå", ""]);
        Assert.Equal([0, 1, 1, 5, 5], text.Offsets.ToArray());
        Assert.Equal("Ωå", text[2]);
        Assert.Null(text[1]);
        Assert.Equal("", text[3]);
        Assert.Equal("Ωå"u8.ToArray(), text.GetUtf8(2).ToArray());
        Assert.Throws<ArgumentException>(() => new BsdfStringColumn(["\ud800"]));
        Assert.Throws<ArgumentException>(() => new BsdfStringColumn([0xCE, 0xA9], [0, 1, 2]));
        Assert.Throws<ArgumentException>(() => new BsdfBinaryColumn([1, 2, 3], [0, 2, 1, 3]));
        Assert.Throws<ArgumentException>(() => new BsdfBinaryColumn([1, 2, 3], [1, 3]));

        var opaque = BsdfOpaqueColumn.FromValues(2, [[1, 2], null, [5, 6]]);
        Assert.Equal(3, opaque.Length);
        Assert.Equal([5, 6], opaque[2]);
        Assert.Null(opaque[1]);
        Assert.Equal(BsdfColumnType.Opaque(2), opaque.Type);
        Assert.Equal("opaque[2]", opaque.Type.ToString());
        Assert.Throws<ArgumentException>(() => BsdfOpaqueColumn.FromValues(2, [[1]]));
        Assert.Throws<ArgumentException>(() => new BsdfOpaqueColumn(2, [1, 2, 3]));
    }

    [Fact]
    public void Nested_columns_give_lists_records_and_categories()
    {
        var lists = BsdfListColumn.FromLists(new List<int[]?> { new[] { 1, 2 }, null, Array.Empty<int>(), new[] { 3 } });
        Assert.Equal("list<int32>", lists.Type.ToString());
        Assert.Equal((0, 2), lists.GetRange(0));
        Assert.Equal([3], lists.GetValues<int>(3).ToArray());
        Assert.Null(lists.GetValue(1));
        Assert.Equal(new List<object?> { 1, 2 }, lists.GetValue(0));
        Assert.Throws<InvalidOperationException>(() => lists.GetValues<long>(0));
        Assert.Throws<ArgumentException>(() => new BsdfListColumn(new BsdfNullColumn(2), [0, 3]));

        var record = new BsdfStructColumn(2, [new("x", BsdfColumn.Create(new[] { 1, 2 })), new("y", BsdfColumn.Create(new[] { "a", null }))]);
        Assert.Equal("struct<x: int32, y: utf8>", record.Type.ToString());
        Assert.Equal(["x", "y"], record.FieldNames);
        Assert.Equal(new BsdfMap { ["x"] = 2, ["y"] = null }, record.GetValue(1));
        Assert.Throws<KeyNotFoundException>(() => record.GetField("z"));
        Assert.Throws<ArgumentException>(() => new BsdfStructColumn(3, [new("x", BsdfColumn.Create(new[] { 1, 2 }))]));
        Assert.Throws<ArgumentException>(() => new BsdfStructColumn(2, [new("x", new BsdfNullColumn(2)), new("x", new BsdfNullColumn(2))]));

        var factor = BsdfDictionaryColumn.FromStrings(["b", "a", null, "b"]);
        Assert.Equal("factor<int32, utf8>", factor.Type.ToString());
        Assert.Equal(["b", "a"], Enumerable.Range(0, factor.Categories.Length).Select(factor.Categories.GetValue));
        Assert.Equal([0L, 1L, null, 0L], Enumerable.Range(0, 4).Select(factor.GetIndex));
        Assert.Equal("b", factor.GetValue(3));
        var ordered = BsdfDictionaryColumn.FromStrings(["low", "high"], ["low", "mid", "high"], ordered: true);
        Assert.Equal(2L, ordered.GetIndex(1));
        Assert.True(ordered.IsOrdered);
        Assert.Throws<ArgumentException>(() => BsdfDictionaryColumn.FromStrings(["x"], ["y"], ordered: false));
        Assert.Throws<ArgumentException>(() => new BsdfDictionaryColumn(BsdfColumn.Create(new[] { 0, 2 }), BsdfColumn.Create(new[] { "a", "b" }), false));
        Assert.Throws<ArgumentException>(() => new BsdfDictionaryColumn(BsdfColumn.Create(new[] { 0.5 }), BsdfColumn.Create(new[] { "a" }), false));
    }

    [Fact]
    public void Frames_and_struct_columns_convert_both_ways()
    {
        var frame = new BsdfDataFrame().Add("a", new[] { 1, 2 }).Add("b", new[] { "x", "y" });
        var record = frame.ToStructColumn();
        Assert.True(frame.ContentEquals(BsdfDataFrame.FromStructColumn(record)));
        Assert.Throws<ArgumentException>(() => BsdfDataFrame.FromStructColumn(new BsdfStructColumn(2, [], BsdfValidity.AllNull(2))));
        Assert.Equal(4, new BsdfDataFrame(4).RowCount);
        Assert.Throws<ArgumentException>(() => new BsdfDataFrame(4).Add("a", new[] { 1 }));
    }
}
