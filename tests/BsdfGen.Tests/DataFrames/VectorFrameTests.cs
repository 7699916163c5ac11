using System.Text.Json;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>The tables written by an independent encoder (numpy + liblz4 + bsdf.py) decode to what their JSON describes.</summary>
public class VectorFrameTests
{
    public static IEnumerable<object[]> Names() => SharedVectors.Cases(DataFrameJson.Folder);

    private static BsdfDataFrame LoadFrame(string name)
    {
        var root = Assert.IsType<BsdfMap>(Bsdf.Load(SharedVectors.PathOf(DataFrameJson.Folder, name + ".bsdf")));
        Assert.Equal(name, root["name"]);
        return Assert.IsType<BsdfDataFrame>(root["frame"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_frame_decodes_to_its_description(string name)
    {
        var expected = DataFrameJson.Load(name + ".json");
        var frame = LoadFrame(name);
        Assert.Equal(expected.GetProperty("rows").GetInt32(), frame.RowCount);
        var columns = expected.GetProperty("columns").EnumerateArray().ToArray();
        Assert.Equal(columns.Select(column => column.GetProperty("name").GetString()), frame.ColumnNames);
        foreach (var description in columns)
        {
            var columnName = description.GetProperty("name").GetString()!;
            var column = frame[columnName];
            Assert.Equal(DataFrameJson.Type(description.GetProperty("type")), column.Type);
            Assert.Equal(frame.RowCount, column.Length);
            if (description.TryGetProperty("values", out var values))
            {
                DataFrameJson.AssertValidity(column, description.GetProperty("valid"), columnName);
                DataFrameJson.AssertValues(column, values, columnName);
            }
            else
            {
                AssertSummary(column, description, columnName);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_frame_re_encodes_and_decodes_to_the_same_content(string name)
    {
        var frame = LoadFrame(name);
        var back = Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(frame)));
        Assert.True(frame.ContentEquals(back), $"{name} changed in a round trip");
        var viaBson = BsdfDataFrameBson.FromBson(BsdfDataFrameBson.ToBson(frame));
        Assert.True(frame.ContentEquals(viaBson), $"{name} changed in a BSON round trip");
    }

    [Fact]
    public void Typed_accessors_give_the_vector_values()
    {
        var basic = LoadFrame("df_basic");
        Assert.Equal(-2.25, basic.GetColumn<BsdfPrimitiveColumn<double>>("price")[2]);
        Assert.Null(basic.GetColumn<BsdfPrimitiveColumn<double>>("price")[1]);
        Assert.Equal("Ωåß√", basic.GetColumn<BsdfStringColumn>("name")[2]);
        Assert.Equal(false, basic.GetColumn<BsdfPrimitiveColumn<bool>>("flag")[2]);
        Assert.Equal([1L, 2L, 3L], basic.GetColumn<BsdfPrimitiveColumn<long>>("id").Values.ToArray());

        var temporal = LoadFrame("df_temporal");
        Assert.Equal(new DateOnly(2000, 1, 1), temporal.GetColumn<BsdfDateColumn>("day")[1]);
        Assert.Equal(new DateTime(2000, 1, 1, 1, 2, 3, 40), temporal.GetColumn<BsdfDateMillisecondsColumn>("day_ms")[1]);
        var nanoseconds = temporal.GetColumn<BsdfTimestampColumn>("ts_ns");
        Assert.Equal("Asia/Singapore", nanoseconds.TimeZone);
        Assert.Equal(BsdfTimeUnit.Nanoseconds, nanoseconds.Unit);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000).AddTicks(1234567), nanoseconds[3]);
        Assert.Equal(new TimeOnly(23, 59, 59, 999), temporal.GetColumn<BsdfTimeColumn>("t_ms")[3]);
        Assert.Equal(new TimeOnly(10), temporal.GetColumn<BsdfTimeColumn>("t_us")[1]);

        var nested = LoadFrame("df_nested");
        Assert.Equal("lima", nested.GetColumn<BsdfDictionaryColumn>("city").GetValue(3));
        Assert.False(nested.GetColumn<BsdfDictionaryColumn>("city").IsOrdered);
        Assert.Equal(4, nested.GetColumn<BsdfNullColumn>("nothing").NullCount);
    }

    private static void AssertSummary(BsdfColumn column, JsonElement description, string label)
    {
        Assert.True(description.GetProperty("all_valid").GetBoolean());
        Assert.Equal(0, column.NullCount);
        var head = description.GetProperty("head").EnumerateArray().ToArray();
        var tail = description.GetProperty("tail").EnumerateArray().ToArray();
        for (var i = 0; i < head.Length; i++)
        {
            DataFrameJson.AssertStored(column, i, head[i], $"{label} head[{i}]");
            DataFrameJson.AssertStored(column, column.Length - tail.Length + i, tail[i], $"{label} tail[{i}]");
        }

        Assert.Equal(description.GetProperty("sha256").GetString(), DataFrameJson.Sha256(column));
    }
}
