using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.Tests;

public sealed class PythonReprTests
{
    [Theory]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(0.00012, "0.00012")]
    [InlineData(0.000012, "1.2e-05")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(1e308, "1e+308")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(42.0, "42.0")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.1, "1.1")]
    [InlineData(100.1, "100.1")]
    [InlineData(10000.1, "10000.1")]
    [InlineData(6.001, "6.001")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(9007199254740993.0, "9007199254740992.0")]
    [InlineData(-1e-7, "-1e-07")]
    [InlineData(1e100, "1e+100")]
    public void Float_matches_python(double value, string expected) => Assert.Equal(expected, PythonRepr.Float(value));

    [Fact]
    public void Float32_prints_as_the_double_it_widens_to()
    {
        Assert.Equal("4.199999809265137", PythonRepr.Float(4.2f));
        Assert.Equal("6.000999927520752", PythonRepr.Float(6.001f));
        Assert.Equal("1.0", PythonRepr.Float(1.0f));
    }

    [Fact]
    public void Non_finite_floats()
    {
        Assert.Equal("nan", PythonRepr.Float(double.NaN));
        Assert.Equal("inf", PythonRepr.Float(double.PositiveInfinity));
        Assert.Equal("-inf", PythonRepr.Float(double.NegativeInfinity));
        Assert.Equal("NaN", PythonRepr.JsonFloat(double.NaN));
        Assert.Equal("Infinity", PythonRepr.JsonFloat(double.PositiveInfinity));
        Assert.Equal("-Infinity", PythonRepr.JsonFloat(double.NegativeInfinity));
        Assert.Equal("0.1", PythonRepr.JsonFloat(0.1));
    }

    [Theory]
    [InlineData("", "''")]
    [InlineData("hello", "'hello'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("'\"{}$", "'\\'\"{}$'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("a\nb\rc\td", "'a\\nb\\rc\\td'")]
    [InlineData("a\0b\u001f\u007f", "'a\\x00b\\x1f\\x7f'")]
    [InlineData("f\u00f3\u00f3 \u20ac50", "'f\u00f3\u00f3 \u20ac50'")]
    [InlineData("\u00a0\u00ad\u0085", "'\\xa0\\xad\\x85'")]
    [InlineData("\u200b\u2028\u3000\ue000", "'\\u200b\\u2028\\u3000\\ue000'")]
    [InlineData("\U0001F600 emoji", "'\U0001F600 emoji'")]
    [InlineData("\U000F0000", "'\\U000f0000'")]
    [InlineData("\u65e5\u672c\u8a9e", "'\u65e5\u672c\u8a9e'")]
    public void String_matches_python(string value, string expected) => Assert.Equal(expected, PythonRepr.String(value));

    [Fact]
    public void Lone_surrogates_are_escaped() => Assert.Equal("'a\\ud800b'", PythonRepr.String("a" + (char)0xD800 + "b"));

    [Fact]
    public void Bytes_match_python()
    {
        Assert.Equal("b'PK\\x03\\x04'", PythonRepr.Bytes([0x50, 0x4B, 3, 4]));
        Assert.Equal("b\"it's\"", PythonRepr.Bytes("it's"u8));
        Assert.Equal("b''", PythonRepr.Bytes([]));
    }
}
