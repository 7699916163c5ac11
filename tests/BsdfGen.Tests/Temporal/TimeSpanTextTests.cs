using System.Globalization;
using System.Text;
using BsdfGen.Typed;
using Xunit;

namespace BsdfGen.Tests.Temporal;

/// <summary>
/// TimeSpan is written and read in its "c" form digit by digit: the text must be byte for byte the BCL's, every text the
/// BCL writes must parse to the same ticks, and any text the digit parser takes must mean exactly what the BCL makes of it.
/// </summary>
public class TimeSpanTextTests
{
    [Fact]
    public void Time_spans_are_written_as_the_BCL_writes_c_and_parse_back_to_their_ticks()
    {
        var random = new Random(20261128);
        var values = new List<TimeSpan> { TimeSpan.Zero, TimeSpan.MaxValue, TimeSpan.MinValue, new(1), new(-1), TimeSpan.FromDays(1), TimeSpan.FromMinutes(95.5) };
        for (var i = 0; i < 20_000; i++)
        {
            values.Add(new TimeSpan(random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(0, 50)));
        }

        foreach (var value in values)
        {
            var text = value.ToString("c", CultureInfo.InvariantCulture);
            var days = Math.Abs((long)value.TotalDays);
            var parsed = TimeSpanText.TryParseWritten(Encoding.ASCII.GetBytes(text), out var read);
            Assert.True(parsed || days >= 10_675_198, text);
            if (parsed)
            {
                Assert.Equal(value, read);
            }

            var document = Bsdf.Serialize(value);
            Assert.Equal(text, Bsdf.Deserialize<string>(document));
            Assert.Equal(value, Bsdf.Deserialize<TimeSpan>(document));
        }
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:00")]
    [InlineData("-00:00:00.0000001")]
    [InlineData("1.02:03:04")]
    [InlineData("12345678.02:03:04.5000000")]
    [InlineData("10675199.02:48:05.4775807")]
    [InlineData("1:02:03")]
    [InlineData("01:02:03.5")]
    [InlineData("01:02:03.12345678")]
    [InlineData("24:00:00")]
    [InlineData("00:60:00")]
    [InlineData("00:00:60")]
    [InlineData("+01:00:00")]
    [InlineData(" 01:00:00")]
    [InlineData("01:00:00 ")]
    [InlineData("1.2:03:04")]
    [InlineData(".02:03:04")]
    [InlineData("123456789.02:03:04")]
    [InlineData("--01:00:00")]
    [InlineData("0a:00:00")]
    [InlineData("01-00-00")]
    [InlineData("01:00:00,0000000")]
    [InlineData("")]
    [InlineData("-")]
    public void Odd_texts_parse_only_as_the_BCL_parses_them(string text)
    {
        if (TimeSpanText.TryParseWritten(Encoding.ASCII.GetBytes(text), out var read))
        {
            Assert.Equal(TimeSpan.ParseExact(text, "c", CultureInfo.InvariantCulture), read);
        }

        var document = Bsdf.Serialize(text);
        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var expected))
        {
            Assert.Equal(expected, Bsdf.Deserialize<TimeSpan>(document));
        }
        else
        {
            Assert.Throws<BsdfException>(() => Bsdf.Deserialize<TimeSpan>(document));
        }
    }
}
