using System.Text;
using BsdfGen.Codecs.Lz4;
using BsdfGen.Fuzz.Contracts;

namespace BsdfGen.Fuzz;

/// <summary>Small hand-made inputs that reach what the shared vectors do not: contract shapes, typed streams, frame column kinds, JSON.</summary>
internal static class SampleSeeds
{
    public static IEnumerable<KeyValuePair<string, byte[]>> Documents()
    {
        yield return new("document.bsdf", Bsdf.Serialize(Document()));
        yield return new("tree.bsdf", Bsdf.Serialize(Tree()));
        yield return new("events.bsdf", Bsdf.Serialize(Document().Events));
        yield return new("points.bsdf", Bsdf.Serialize(new Dictionary<string, FuzzPoint[]> { ["a"] = [new() { X = 1, Y = -2 }], ["b"] = [] }));
        yield return new("frame_in_map.bsdf", Bsdf.Encode(new BsdfMap { ["frame"] = Frame(), ["blob"] = new BsdfBlob(new byte[] { 1, 2, 3 }, BsdfCompression.Zlib) }));
    }

    public static IEnumerable<KeyValuePair<string, byte[]>> Streams()
    {
        yield return new("open_stream.bsdf", ListStream(close: false));
        yield return new("closed_stream.bsdf", ListStream(close: true));
    }

    public static IEnumerable<KeyValuePair<string, byte[]>> Frames()
    {
        yield return new("frame.bsdf", Bsdf.Encode(Frame()));
        yield return new("frame.bson", BsdfDataFrameBson.ToBson(Frame()));
    }

    public static IEnumerable<KeyValuePair<string, byte[]>> Lz4Blocks()
    {
        yield return new("text.lz4", Lz4SizePrefixedBlock.Compress(Encoding.ASCII.GetBytes("abcabcabcabcabcabcabcabcabc hello hello hello hello world")));
        yield return new("zeros.lz4", Lz4SizePrefixedBlock.Compress(new byte[300]));
    }

    public static IEnumerable<KeyValuePair<string, byte[]>> JsonTexts()
    {
        yield return new("object.json", Encoding.UTF8.GetBytes("""{"a": [1, -2.5e10, true, false, null], "b": {"c": "\u00e9\ud83d\ude00\n"}, "a": NaN}"""));
        yield return new("numbers.json", Encoding.UTF8.GetBytes("[0, -0, 1E400, -Infinity, Infinity, 12345678901234567890123, 0.1]"));
        yield return new("bom.json", Encoding.UTF8.GetBytes("\uFEFF  \"text\\t\\\"q\\\"\" "));
    }

    private static FuzzDocument Document() => new()
    {
        Title = "sample",
        Count = -3,
        Total = long.MaxValue,
        Ratio = 0.25,
        Scale = 1.5f,
        Flag = true,
        Price = 12.34m,
        Id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Created = new DateTime(2024, 2, 29, 12, 0, 0, DateTimeKind.Utc),
        Stamp = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)),
        Duration = TimeSpan.FromMilliseconds(1500),
        Day = new DateOnly(1999, 12, 31),
        At = new TimeOnly(23, 59, 58),
        Color = FuzzColor.Blue,
        Maybe = 7,
        Tags = ["x", "", "ü"],
        Grid = [[1, 2], [], [3]],
        Series = new() { ["s"] = [1.0, double.NaN] },
        Names = new() { ["1"] = "one", ["-1"] = null },
        Numbers = [1, 2, 3],
        Payload = [0, 255],
        Words = ["w", null],
        Points = [new() { X = 1, Y = 2 }],
        Tree = Tree(),
        Events = [new FuzzEvent("start", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), null, [1, 2])],
    };

    private static FuzzTree Tree() => new()
    {
        Label = "root",
        Children = [new() { Label = "leaf" }, new() { Label = "branch", Children = [new() { Label = "deep" }] }],
        Named = new() { ["n"] = new() { Label = "named" } },
    };

    private static BsdfDataFrame Frame() => new BsdfDataFrame()
        .Add("int", new[] { 1, 2, 3 })
        .Add("maybe", new double?[] { 1.5, null, -0.0 })
        .Add("text", new[] { "a", "", "ccc" })
        .Add("flag", new bool?[] { true, null, false })
        .Add("day", new[] { new DateOnly(2020, 1, 1), DateOnly.MinValue, DateOnly.MaxValue })
        .Add("at", new[] { new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), DateTime.UnixEpoch, new DateTime(1900, 5, 5, 0, 0, 0, DateTimeKind.Utc) })
        .Add("time", new[] { TimeOnly.MinValue, new TimeOnly(12, 0), TimeOnly.MaxValue });

    private static byte[] ListStream(bool close)
    {
        using var output = new MemoryStream();
        var stream = new BsdfListStream();
        Bsdf.Save(output, new BsdfMap { ["header"] = "events", ["items"] = stream });
        stream.Append<FuzzEvent>(new FuzzEvent("a", DateTime.UnixEpoch, "note", [1]));
        stream.Append<object?>(new List<object?> { 1L, "two", 3.0 });
        stream.Append<object?>(null);
        if (close)
        {
            stream.Close();
        }

        return output.ToArray();
    }
}
