using System.Diagnostics;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

public class DataFrameRoundTripTests
{
    private static BsdfDataFrame RoundTrip(BsdfDataFrame frame)
    {
        var bytes = Bsdf.Encode(frame);
        var back = Assert.IsType<BsdfDataFrame>(Bsdf.Decode(bytes));
        Assert.True(frame.ContentEquals(back), "the frame changed in a round trip");
        Assert.Equal(bytes, Bsdf.Encode(back));
        return back;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(100)]
    public void Every_column_type_round_trips(int rows)
    {
        var frame = SampleFrames.EveryType(rows);
        var back = RoundTrip(frame);
        Assert.Equal(frame.Columns.Select(column => column.Type), back.Columns.Select(column => column.Type));
        Assert.Equal(frame.Columns.Select(column => column.GetType()), back.Columns.Select(column => column.GetType()));
        for (var row = 0; row < rows; row++)
        {
            Assert.Equal(frame.GetRow(row).Keys, back.GetRow(row).Keys);
        }
    }

    [Fact]
    public void Every_column_type_round_trips_through_BSON()
    {
        var frame = SampleFrames.EveryType(50);
        Assert.True(frame.ContentEquals(BsdfDataFrameBson.FromBson(BsdfDataFrameBson.ToBson(frame))));
        foreach (var column in frame.Columns)
        {
            Assert.True(column.ContentEquals(BsdfDataFrameBson.ColumnFromBson(BsdfDataFrameBson.ColumnToBson(column))), column.Type.ToString());
        }
    }

    [Fact]
    public void Empty_frames_round_trip()
    {
        Assert.Equal(0, RoundTrip(new BsdfDataFrame()).ColumnCount);
        Assert.Equal(5, RoundTrip(new BsdfDataFrame(5)).RowCount);
        var empty = RoundTrip(SampleFrames.EveryType(0));
        Assert.Equal(0, empty.RowCount);
        Assert.Equal(SampleFrames.EveryType(0).ColumnNames, empty.ColumnNames);
    }

    [Fact]
    public void All_null_columns_round_trip()
    {
        const int rows = 13;
        var none = BsdfValidity.AllNull(rows);
        var frame = new BsdfDataFrame()
            .Add("null", new BsdfNullColumn(rows))
            .Add("int", new BsdfPrimitiveColumn<int>(new int[rows], none))
            .Add("text", new string?[rows])
            .Add("when", new DateTimeOffset?[rows])
            .Add("list", new BsdfListColumn(new BsdfNullColumn(0), new int[rows + 1], none))
            .Add("factor", BsdfDictionaryColumn.FromStrings(new string?[rows]))
            .Add("record", new BsdfStructColumn(rows, [new("a", new BsdfNullColumn(rows))], none));
        var back = RoundTrip(frame);
        Assert.All(back.Columns, column => Assert.Equal(rows, column.NullCount));
        Assert.All(Enumerable.Range(0, rows), row => Assert.All(back.GetRow(row).Values, Assert.Null));
    }

    [Fact]
    public void Frames_nested_in_other_values_round_trip()
    {
        var frame = SampleFrames.EveryType(10);
        var value = new BsdfMap { ["name"] = "nested", ["frames"] = new List<object?> { frame, null, new BsdfDataFrame(2) } };
        var back = Assert.IsType<BsdfMap>(Bsdf.Decode(Bsdf.Encode(value)));
        var frames = Assert.IsType<List<object?>>(back["frames"]);
        Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(frames[0])));
        Assert.Equal(2, Assert.IsType<BsdfDataFrame>(frames[2]).RowCount);
    }

    [Fact]
    public void Save_and_load_go_through_files()
    {
        using var directory = new Tests.Support.TemporaryDirectory();
        var path = Path.Combine(directory.Path, "frame.bsdf");
        var frame = SampleFrames.EveryType(20);
        Bsdf.Save(path, frame);
        Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(Bsdf.Load(path))));
        Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(Bsdf.Decode(File.ReadAllBytes(path).AsMemory(), BsdfOptions.Default with { LazyBlobs = true }))));
    }

    [Fact]
    public void A_million_rows_round_trip_in_a_few_seconds()
    {
        const int rows = 1_000_000;
        var ids = new long[rows];
        var values = new double?[rows];
        var names = new string?[rows];
        var stamps = new long[rows];
        for (var row = 0; row < rows; row++)
        {
            ids[row] = row;
            values[row] = row % 10 == 0 ? null : row * 0.25;
            names[row] = row % 7 == 0 ? null : "name" + (row % 1000);
            stamps[row] = 1_700_000_000_000 + row * 3L;
        }

        var frame = new BsdfDataFrame()
            .Add("id", ids)
            .Add("value", values)
            .Add("name", names)
            .Add("ts", new BsdfTimestampColumn(stamps, BsdfTimeUnit.Milliseconds))
            .Add("category", BsdfDictionaryColumn.FromStrings(names.Select(name => name?[..5])));
        var clock = Stopwatch.StartNew();
        var bytes = Bsdf.Encode(frame);
        var back = Assert.IsType<BsdfDataFrame>(Bsdf.Decode(bytes));
        clock.Stop();
        Assert.True(frame.ContentEquals(back));
        Assert.Equal(rows, back.RowCount);
        Assert.Equal(100_000, back["value"].NullCount);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"encoding and decoding took {clock.Elapsed}");
    }
}
