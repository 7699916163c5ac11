using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

/// <summary>JSON → BSDF → JSON through the tool, for the objects an outside harness converts. The final JSON must be what Python's json.dump writes.</summary>
public sealed class ConvertJsonRoundTripTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> HarnessObjects() =>
    [
        "[1, 2, 3, 4.2, 5.6, 6.001]",
        "{\"foo\": 7.2, \"bar\": 42, \"a\": false}",
        "[\"hello\", 3, null, true, \"there\", \"x\"]",
        "[[[[[[[[[42]]]]]]]]]",
        "{\"foo\": \"f\\u00f3\\u00f3\", \"bar\": \"\\u20ac50)\", \"more\": \"'\\\"{}$\"}",
        "[0.0001, 0.1, 1.1, 100.1, 10000.1]",
        "[127, 128, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536, 2147483647, 2147483648, -2147483648, -2147483649, " +
            "4294967295, 4294967296, 9007199254740991, -9007199254740991, 9223372036854775807, -9223372036854775808]",
        "null", "false", "true", "3.4", "\"\"", "\"hello\"", "[]", "{}", "0", "1", "0.0", "1.0", "-0.0",
        "[NaN, Infinity, -Infinity]",
    ];

    /// <summary>Converts <paramref name="json"/> (in Python's json.dump layout) to BSDF and back, and returns the BSDF value.</summary>
    private object? RoundTrip(string json, string? expectedJson = null)
    {
        File.WriteAllText(_dir["in.json"], json);
        Assert.Equal("Wrote out.bsdf\n", _dir.Run("convert", "in.json", "out.bsdf").AssertSuccess());
        Assert.Equal("Wrote back.json\n", _dir.Run("convert", "out.bsdf", "back.json").AssertSuccess());
        Assert.Equal(expectedJson ?? json, File.ReadAllText(_dir["back.json"]));
        return Bsdf.Load(_dir["out.bsdf"], BsdfOptions.Default with { MaxDepth = 1000 });
    }

    [Theory]
    [MemberData(nameof(HarnessObjects))]
    public void Harness_object_survives_json_bsdf_json(string json) => RoundTrip(json);

    [Fact]
    public void Numbers_keep_their_kind_in_bsdf()
    {
        var value = Assert.IsType<List<object?>>(RoundTrip("[1, 1.0, 0.0, 0, -0.0, 9007199254740991, 1e+16, 1e-05]"));
        Assert.Equal<object?>([1L, 1.0, 0.0, 0L, -0.0, 9007199254740991L, 1e16, 1e-5], value);
        Assert.True(double.IsNegative((double)value[4]!));
    }

    [Fact]
    public void Integers_at_the_int16_boundary_use_the_reference_type_ids()
    {
        RoundTrip("[32767, 32768, -32768, -32769]");
        var view = _dir.Run("view", "out.bsdf").AssertSuccess();
        Assert.Equal("[ list with 4 elements\n  32767\n  32768\n  -32768\n  -32769\n]\n", view);
        var bytes = File.ReadAllBytes(_dir["out.bsdf"]);
        Assert.Equal((byte)'h', bytes[8]);
        Assert.Equal((byte)'i', bytes[11]);
    }

    [Fact]
    public void Strings_and_keys_around_the_size_boundary()
    {
        var sizes = Enumerable.Range(249, 11).ToArray();
        var strings = "[" + string.Join(", ", sizes.Select(n => "\"" + new string('x', n) + "\"")) + "]";
        var list = Assert.IsType<List<object?>>(RoundTrip(strings));
        Assert.Equal(sizes, list.Select(item => ((string)item!).Length));

        var multiByte = "[" + string.Join(", ", sizes.Select(n => "\"" + string.Concat(Enumerable.Repeat("\\u00e9", n)) + "\"")) + "]";
        RoundTrip(multiByte);

        var keys = "{" + string.Join(", ", sizes.Select(n => "\"" + new string('k', n) + "\": " + n)) + "}";
        var map = Assert.IsType<BsdfMap>(RoundTrip(keys));
        Assert.Equal(sizes, map.Keys.Select(key => key.Length));
    }

    [Fact]
    public void Lists_around_the_size_boundary()
    {
        var sizes = Enumerable.Range(249, 11).ToArray();
        var json = "[" + string.Join(", ", sizes.Select(n => "[" + string.Join(", ", Enumerable.Range(0, n)) + "]")) + "]";
        var list = Assert.IsType<List<object?>>(RoundTrip(json));
        Assert.Equal(sizes, list.Select(item => ((List<object?>)item!).Count));
    }

    [Fact]
    public void Deep_nesting_round_trips_and_views()
    {
        RoundTrip(new string('[', 200) + "42" + new string(']', 200));
        var view = _dir.Run("view", "out.bsdf").AssertSuccess().Split('\n');
        Assert.Equal(new string(' ', 400) + "42", view[200]);
    }

    [Fact]
    public void Json_to_json_normalises_to_python_layout()
    {
        File.WriteAllText(_dir["a.json"], "{\n  \"a\" : [1,2.50,1E2, \"\\u00e9\\n\"],\"b\":{}\n}\n");
        Assert.Equal("Wrote b.json\n", _dir.Run("convert", "a.json", "b.json").AssertSuccess());
        Assert.Equal("{\"a\": [1, 2.5, 100.0, \"\\u00e9\\n\"], \"b\": {}}", File.ReadAllText(_dir["b.json"]));
    }

    [Fact]
    public void Create_writes_the_json_literal_as_bsdf()
    {
        Assert.Equal("", _dir.Run("create", "foo.bsdf", "[\"xx\", 4, null, [3, 4, 5, 3, 4, 5, 3, 4, 5]]").AssertSuccess());
        Assert.Equal(45, new FileInfo(_dir["foo.bsdf"]).Length);
        Assert.Equal<object?>(["xx", 4L, null, new List<object?> { 3L, 4L, 5L, 3L, 4L, 5L, 3L, 4L, 5L }], (List<object?>)Bsdf.Load(_dir["foo.bsdf"])!);
    }
}
