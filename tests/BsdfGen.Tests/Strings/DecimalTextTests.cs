using System.Globalization;
using System.Text;
using BsdfGen.Typed;
using Xunit;

namespace BsdfGen.Tests.Strings;

/// <summary>
/// decimal is written and read in its short invariant forms straight from and into its bits: the text must be byte for byte
/// the BCL's, every text the BCL writes must give the same bits (value and scale) as the BCL's parser, and any text the fast
/// parser takes must mean exactly what the BCL makes of it.
/// </summary>
public class DecimalTextTests
{
    [Fact]
    public void Decimals_are_written_as_the_BCL_writes_them_and_parse_to_the_BCL_bits()
    {
        var random = new Random(20261128);
        var values = new List<decimal> { 0m, 0.00m, -0.00m, new(0, 0, 0, true, 3), 0.0012m, -0.0012m, 0.1m, 1m, -1m, 0.5m, -0.5m, 1234.5678m, 1234.5600m, decimal.MaxValue, decimal.MinValue, 1e-28m, -1e-28m, 9999999999999999999m, 10000000000000000000m, 0.9999999999999999999m };
        for (var i = 0; i < 20_000; i++)
        {
            var scale = (byte)random.Next(0, 29);
            var hi = random.Next(4) == 0 ? random.Next() : 0;
            var mid = random.Next(2) == 0 ? random.Next() : random.Next(0, 1000);
            values.Add(new decimal(random.Next(), mid, hi, random.Next(2) == 0, scale));
        }

        foreach (var value in values)
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            var expected = decimal.Parse(text, CultureInfo.InvariantCulture);
            if (DecimalText.TryParseShort(Encoding.ASCII.GetBytes(text), out var read))
            {
                Assert.Equal(decimal.GetBits(expected), decimal.GetBits(read));
            }

            var document = Bsdf.Serialize(value);
            Assert.Equal(text, Bsdf.Deserialize<string>(document));
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(Bsdf.Deserialize<decimal>(document)));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("0.000")]
    [InlineData("007")]
    [InlineData("-007.50")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1e5")]
    [InlineData("+1")]
    [InlineData("1,000")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.2.3")]
    [InlineData("--1")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("9999999999999999999")]
    [InlineData("18446744073709551615")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    public void Odd_texts_parse_only_as_the_BCL_parses_them(string text)
    {
        const NumberStyles style = NumberStyles.Number | NumberStyles.AllowExponent;
        if (DecimalText.TryParseShort(Encoding.ASCII.GetBytes(text), out var read))
        {
            Assert.Equal(decimal.GetBits(decimal.Parse(text, style, CultureInfo.InvariantCulture)), decimal.GetBits(read));
        }

        var document = Bsdf.Serialize(text);
        if (decimal.TryParse(text, style, CultureInfo.InvariantCulture, out var expected))
        {
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(Bsdf.Deserialize<decimal>(document)));
        }
        else
        {
            Assert.Throws<BsdfException>(() => Bsdf.Deserialize<decimal>(document));
        }
    }
}
