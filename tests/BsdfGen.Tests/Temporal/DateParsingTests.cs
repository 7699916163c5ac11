using System.Globalization;
using System.Text;
using BsdfGen.Typed;
using Xunit;

namespace BsdfGen.Tests.Temporal;

/// <summary>
/// ISO dates are parsed into their day number by hand: every date DateOnly can hold must give the BCL's value, and every
/// text of the same shape that is not a date must be declined.
/// </summary>
public class DateParsingTests
{
    [Fact]
    public void Every_date_from_0001_to_9999_parses_to_the_BCL_value()
    {
        var text = new byte[IsoRoundTrip.DateLength];
        for (var dayNumber = DateOnly.MinValue.DayNumber; dayNumber <= DateOnly.MaxValue.DayNumber; dayNumber++)
        {
            var date = DateOnly.FromDayNumber(dayNumber);
            Encoding.ASCII.GetBytes(date.ToString("O", CultureInfo.InvariantCulture), text);
            Assert.True(IsoRoundTrip.TryParseDate(text, out var parsed));
            if (parsed != date)
            {
                Assert.Equal(date, parsed);
            }
        }
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("2025-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-00-10")]
    [InlineData("2026-13-01")]
    [InlineData("2026-01-00")]
    [InlineData("2026-01-32")]
    [InlineData("2026-1-01")]
    [InlineData("2026/01/01")]
    [InlineData("2026-01-1a")]
    [InlineData("20260-1-01")]
    public void Texts_that_are_not_dates_are_declined(string text)
    {
        Assert.False(IsoRoundTrip.TryParseDate(Encoding.ASCII.GetBytes(text), out _));
        Assert.False(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }

    [Theory]
    [InlineData("2000-02-29")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Leap_days_and_the_limits_parse(string text)
    {
        Assert.True(IsoRoundTrip.TryParseDate(Encoding.ASCII.GetBytes(text), out var parsed));
        Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), parsed);
    }
}
