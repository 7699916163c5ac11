using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>A <see cref="BsdfDataFrame"/> member travels through the generated serializer as the <c>dataframe</c> extension.</summary>
public class DataFrameMemberTests
{
    private static BsdfDataFrame Table(int rows) => new BsdfDataFrame()
        .Add("id", Enumerable.Range(0, rows).Select(i => (long)i).ToArray())
        .Add("price", Enumerable.Range(0, rows).Select(i => i % 3 == 0 ? (double?)null : i * 1.25).ToArray())
        .Add("name", Enumerable.Range(0, rows).Select(i => i % 4 == 0 ? null : $"item {i}").ToArray())
        .Add("day", Enumerable.Range(0, rows).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).ToArray())
        .Add("grade", BsdfDictionaryColumn.FromStrings(Enumerable.Range(0, rows).Select(i => i % 2 == 0 ? "a" : "b"), ordered: true));

    private static Report Sample() => new()
    {
        Title = "quarterly",
        Table = Table(25),
        History = [Table(3), null, new BsdfDataFrame()],
    };

    [Fact]
    public void A_frame_member_round_trips()
    {
        var report = Sample();
        var back = Bsdf.Deserialize<Report>(Bsdf.Serialize(report));
        Assert.Equal("quarterly", back.Title);
        Assert.True(report.Table!.ContentEquals(back.Table));
        Assert.Equal(3, back.History.Count);
        Assert.True(report.History[0]!.ContentEquals(back.History[0]));
        Assert.Null(back.History[1]);
        Assert.Equal(0, back.History[2]!.ColumnCount);
        Assert.Equal("item 5", back.Table!.GetColumn<BsdfStringColumn>("name")[5]);
    }

    [Fact]
    public void A_missing_frame_is_null()
    {
        var back = Bsdf.Deserialize<Report>(Bsdf.Serialize(new Report { Title = "empty" }));
        Assert.Null(back.Table);
        Assert.Empty(back.History);
    }

    [Fact]
    public void The_contract_encodes_exactly_as_the_equivalent_dictionary()
    {
        var report = Sample();
        var dictionary = new BsdfMap { ["Title"] = report.Title, ["Table"] = report.Table, ["History"] = report.History.ToList<object?>() };
        var bytes = Bsdf.Serialize(report);
        Assert.Equal(Bsdf.Encode(dictionary), bytes);
        var decoded = Assert.IsType<BsdfMap>(Bsdf.Decode(bytes));
        Assert.True(report.Table!.ContentEquals(Assert.IsType<BsdfDataFrame>(decoded["Table"])));
    }

    [Fact]
    public void A_frame_serializes_at_the_top_level()
    {
        var table = Table(10);
        Assert.Equal(Bsdf.Encode(table), Bsdf.Serialize(table));
        Assert.True(table.ContentEquals(Bsdf.Deserialize<BsdfDataFrame>(Bsdf.Serialize(table))));
    }

    [Fact]
    public void A_value_that_is_not_a_frame_fails_with_a_BsdfException()
    {
        var bytes = Bsdf.Encode(new BsdfMap { ["Title"] = "x", ["Table"] = new List<object?> { 1L } });
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Report>(bytes));
    }
}
