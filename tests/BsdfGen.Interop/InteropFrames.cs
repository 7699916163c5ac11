using BsdfGen.Tests.DataFrames;

namespace BsdfGen.Interop;

/// <summary>The frames written for pandas to read, by name.</summary>
internal static class InteropFrames
{
    public const int LargeRowCount = 100_000;

    public static IEnumerable<(string Name, BsdfDataFrame Frame)> All() =>
    [
        ("every_type", SampleFrames.EveryType(23)),
        ("every_type_empty", SampleFrames.EveryType(0)),
        ("no_columns", new BsdfDataFrame()),
        ("edge_values", EdgeValues()),
        ("rows_100k", Large(LargeRowCount)),
    ];

    /// <summary>Extreme numbers, values outside pandas' nanosecond range, time zones and nesting, five rows.</summary>
    private static BsdfDataFrame EdgeValues()
    {
        var pairs = new BsdfStructColumn(5,
        [
            new("a", BsdfColumn.Create(new int?[] { 1, null, 3, 4, 5 })),
            new("b", BsdfColumn.Create(new[] { "x", "y", null, "ü", "" })),
        ]);
        var innerLists = BsdfListColumn.FromLists(new short[]?[] { [1, 2], [], null, [-3], [4, 5, 6] });
        var nestedRows = new BsdfStructColumn(5,
        [
            new("inner", new BsdfStructColumn(5, [new("x", BsdfColumn.Create(new[] { 0.5, -1.5, 2.0, 3.0, 4.0 }))])),
            new("tags", BsdfListColumn.FromLists(new[] { new[] { "a", "b" }, null, [], ["c"], ["d", "e", "f"] })),
        ], BsdfValidity.FromBooleans([true, true, false, true, true]));

        return new BsdfDataFrame()
            .Add("ünï cödé ✓", new[] { "Ωåß√", "😀", null, "", "tab\tnew\nline" })
            .Add("u64", new[] { 0UL, 1UL, ulong.MaxValue, 1UL << 63, 42UL })
            .Add("i64", new[] { long.MinValue, long.MaxValue, 0L, -1L, 1L })
            .Add("specials", new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon })
            .Add("halves", new[] { (Half)0.5, Half.MaxValue, Half.MinValue, Half.Epsilon, (Half)(-2.25) })
            .Add("halves_missing", new Half?[] { (Half)1.5, null, (Half)(-0.125), null, Half.MaxValue })
            .Add("floats_missing", new float?[] { float.NaN, null, 1.25f, float.MaxValue, null })
            .Add("far_dates", new DateOnly?[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1970, 1, 1), null, new DateOnly(2262, 4, 12) })
            .Add("far_instants", new BsdfTimestampColumn(
                new[] { -62_135_596_800L, 253_402_300_799L, 0L, 0L, 1_700_000_000L }, BsdfTimeUnit.Seconds, "America/New_York",
                BsdfValidity.FromBooleans([true, true, true, false, true])))
            .Add("offset_zone", new BsdfTimestampColumn(new[] { 0L, 1_000L, -1_000L, 86_400_000L, 1_700_000_000_000L }, BsdfTimeUnit.Milliseconds, "+05:30"))
            .Add("list_of_struct", new BsdfListColumn(pairs, [0, 2, 2, 5, 5, 5], BsdfValidity.FromBooleans([true, true, true, false, true])))
            .Add("list_of_list", new BsdfListColumn(innerLists, [0, 2, 2, 3, 5, 5], BsdfValidity.FromBooleans([true, true, false, true, true])))
            .Add("nested_struct", nestedRows)
            .Add("int_categories", new BsdfDictionaryColumn(
                new BsdfPrimitiveColumn<short>(new short[] { 2, 0, 1, 0, 2 }), BsdfColumn.Create(new[] { 10L, 20L, 30L }), ordered: true,
                BsdfValidity.FromBooleans([true, true, true, false, true])))
            .Add("all_missing_bool", new bool?[] { null, null, null, null, null });
    }

    /// <summary>A large frame: ids, floats and flags with missing values, zoned nanosecond timestamps, text, categories and lists.</summary>
    private static BsdfDataFrame Large(int rows)
    {
        var random = new Random(20261128);
        var rowRange = Enumerable.Range(0, rows).ToArray();
        string[] symbols = ["AAPL", "MSFT", "GOOG", "AMZN", "Øre"];
        return new BsdfDataFrame()
            .Add("id", rowRange.Select(row => (long)row * 3 - 1_000).ToArray())
            .Add("value", rowRange.Select(row => row % 7 == 0 ? (double?)null : random.NextDouble() * 1000 - 500).ToArray())
            .Add("flag", rowRange.Select(row => row % 11 == 0 ? (bool?)null : row % 3 == 0).ToArray())
            .Add("when", new BsdfTimestampColumn(
                rowRange.Select(row => 1_700_000_000_000_000_000L + row * 1_234_567_891L).ToArray(), BsdfTimeUnit.Nanoseconds, "Europe/Oslo"))
            .Add("symbol", rowRange.Select(row => row % 13 == 0 ? null : symbols[random.Next(symbols.Length)]).ToArray())
            .Add("sector", BsdfDictionaryColumn.FromStrings(rowRange.Select(row => row % 17 == 0 ? null : $"sector {row % 9}"), ordered: false))
            .Add("samples", BsdfListColumn.FromLists(rowRange.Select(row => row % 19 == 0 ? null : Enumerable.Range(0, row % 4).Select(i => row + i))));
    }
}
