using BsdfGen.Cli.Json;

namespace BsdfGen.Cli.Tests;

public sealed class JsonParserTests
{
    [Fact]
    public void Parses_the_json_model_with_python_number_rules()
    {
        var value = JsonParser.Parse(" {\"b\": [1, -0, 2.0, 1e2, -1.5E-3, 9223372036854775807, -9223372036854775808], \"a\": null, \"t\": true, \"f\": false, \"s\": \"x\\u00e9\\ud83d\\ude00\\n\"} ");
        var map = Assert.IsType<BsdfMap>(value);
        Assert.Equal(["b", "a", "t", "f", "s"], map.Keys);
        var list = Assert.IsType<List<object?>>(map["b"]);
        Assert.Equal<object?>([1L, 0L, 2.0, 100.0, -0.0015, long.MaxValue, long.MinValue], list);
        Assert.Null(map["a"]);
        Assert.Equal(true, map["t"]);
        Assert.Equal(false, map["f"]);
        Assert.Equal("x\u00e9\U0001F600\n", map["s"]);
    }

    [Fact]
    public void Accepts_python_non_finite_tokens()
    {
        var list = Assert.IsType<List<object?>>(JsonParser.Parse("[NaN, Infinity, -Infinity]"));
        Assert.True(double.IsNaN((double)list[0]!));
        Assert.Equal(double.PositiveInfinity, list[1]);
        Assert.Equal(double.NegativeInfinity, list[2]);
    }

    [Fact]
    public void Repeated_key_keeps_first_place_and_last_value()
    {
        var map = Assert.IsType<BsdfMap>(JsonParser.Parse("{\"a\": 1, \"b\": 2, \"a\": 3}"));
        Assert.Equal(["a", "b"], map.Keys);
        Assert.Equal(3L, map["a"]);
    }

    [Theory]
    [InlineData("[1, 2] x", "Extra data: line 1 column 8 (char 7)")]
    [InlineData("{\"a\":\n 1,}", "Expecting property name enclosed in double quotes: line 2 column 4 (char 9)")]
    [InlineData("", "Expecting value: line 1 column 1 (char 0)")]
    [InlineData("[1,]", "Expecting value: line 1 column 4 (char 3)")]
    [InlineData("01", "Extra data: line 1 column 2 (char 1)")]
    [InlineData("\"abc", "Unterminated string starting at: line 1 column 1 (char 0)")]
    [InlineData("\"a\tb\"", "Invalid control character at: line 1 column 3 (char 2)")]
    [InlineData("{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)")]
    [InlineData("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)")]
    [InlineData("nul", "Expecting value: line 1 column 1 (char 0)")]
    public void Rejects_invalid_json_with_position(string text, string expected)
    {
        var error = Assert.Throws<CliException>(() => JsonParser.Parse(text));
        Assert.Equal("Invalid JSON: " + expected, error.Message);
    }

    [Fact]
    public void Rejects_integers_beyond_int64()
    {
        var error = Assert.Throws<CliException>(() => JsonParser.Parse("[9223372036854775808]"));
        Assert.Contains("9223372036854775808", error.Message);
    }
}
