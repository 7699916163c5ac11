using System.Globalization;
using System.Text;
using BsdfGen.Typed;
using Xunit;

namespace BsdfGen.Tests.Temporal;

/// <summary>
/// DateTime and DateTimeOffset are written and read in their "O" form digit by digit: the text must be byte for byte
/// the BCL's "O" text, a read must give back the same ticks, kind and offset, and any other text must read exactly as
/// the BCL's parser reads it (or fail with a <see cref="BsdfException"/>).
/// </summary>
public class IsoRoundTripTests
{
    private static readonly Random Random = new(20261128);

    [Fact]
    public void Date_times_are_written_as_the_BCL_writes_O_and_read_back_with_their_kind()
    {
        foreach (var kind in new[] { DateTimeKind.Utc, DateTimeKind.Unspecified, DateTimeKind.Local })
        {
            foreach (var value in Instants().Select(ticks => new DateTime(ticks, kind)))
            {
                var document = Bsdf.Serialize(value);
                Assert.Equal(value.ToString("O", CultureInfo.InvariantCulture), Bsdf.Deserialize<string>(document));
                if (kind != DateTimeKind.Local)
                {
                    var read = Bsdf.Deserialize<DateTime>(document);
                    Assert.Equal((value.Ticks, value.Kind), (read.Ticks, read.Kind));
                }
            }
        }
    }

    [Fact]
    public void Date_time_offsets_are_written_as_the_BCL_writes_O_and_read_back_with_their_offset()
    {
        foreach (var ticks in Instants())
        {
            var offset = TimeSpan.FromMinutes(Random.Next(-14 * 60, (14 * 60) + 1));
            var utcTicks = ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            {
                continue;
            }

            var value = new DateTimeOffset(ticks, offset);
            var document = Bsdf.Serialize(value);
            Assert.Equal(value.ToString("O", CultureInfo.InvariantCulture), Bsdf.Deserialize<string>(document));
            var read = Bsdf.Deserialize<DateTimeOffset>(document);
            Assert.Equal((value.Ticks, value.Offset), (read.Ticks, read.Offset));
        }
    }

    [Fact]
    public void Dates_are_written_as_the_BCL_writes_O_and_read_back()
    {
        var days = new List<int> { DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber, new DateOnly(2000, 2, 29).DayNumber };
        for (var i = 0; i < 5_000; i++)
        {
            days.Add(Random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1));
        }

        foreach (var value in days.Select(DateOnly.FromDayNumber))
        {
            var document = Bsdf.Serialize(value);
            Assert.Equal(value.ToString("O", CultureInfo.InvariantCulture), Bsdf.Deserialize<string>(document));
            Assert.Equal(value, Bsdf.Deserialize<DateOnly>(document));
        }
    }

    [Fact]
    public void The_digit_parser_takes_every_clock_and_offset_the_digit_writer_writes()
    {
        // Text the fast parser refused would still read right (through the BCL), only slowly: checked here directly.
        Span<byte> utf8 = stackalloc byte[IsoRoundTrip.ClockLength + IsoRoundTrip.OffsetLength];
        foreach (var ticks in Instants())
        {
            IsoRoundTrip.WriteClock(new DateTime(ticks), utf8);
            Assert.True(IsoRoundTrip.TryParseClock(utf8[..IsoRoundTrip.ClockLength], out var parsed), Encoding.ASCII.GetString(utf8[..IsoRoundTrip.ClockLength]));
            Assert.Equal(ticks, parsed);
        }

        for (var minutes = -14 * 60; minutes <= 14 * 60; minutes++)
        {
            IsoRoundTrip.WriteOffset(TimeSpan.FromMinutes(minutes), utf8);
            Assert.True(IsoRoundTrip.TryParseOffset(utf8[..IsoRoundTrip.OffsetLength], out var offset));
            Assert.Equal(TimeSpan.FromMinutes(minutes), offset);
        }
    }

    [Theory]
    [InlineData("2026-11-28T10:15:30.1234567")]
    [InlineData("2026-11-28T10:15:30.1234567Z")]
    [InlineData("2026-11-28T10:15:30.1234567+01:00")]
    [InlineData("2026-11-28T10:15:30Z")]
    [InlineData("2026-11-28 10:15:30.1234567Z")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("2026-02-29T00:00:00.0000000Z")]
    [InlineData("2100-02-29T00:00:00.0000000Z")]
    [InlineData("2000-02-29T00:00:00.0000000Z")]
    [InlineData("1600-03-01T00:00:00.0000000")]
    [InlineData("2026-11-31T00:00:00.0000000")]
    [InlineData("2026-13-01T00:00:00.0000000")]
    [InlineData("2026-11-28T24:00:00.0000000")]
    [InlineData("2026-11-28T23:60:00.0000000")]
    [InlineData("2026-11-28T23:59:60.0000000")]
    [InlineData("0000-01-01T00:00:00.0000000")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("2026-11-28T10:15:30.12345a7Z")]
    [InlineData("2026-11-28T10:15:30.1234567z")]
    public void Other_date_time_text_reads_as_the_BCL_reads_it(string text)
    {
        var expected = Expected(() => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        var actual = Actual(() => Bsdf.Deserialize<DateTime>(StringDocument(text)));
        Assert.Equal(expected.Value is DateTime e ? (e.Ticks, e.Kind) : default, actual.Value is DateTime a ? (a.Ticks, a.Kind) : default);
        Assert.Equal(expected.Failed, actual.Failed);
    }

    [Theory]
    [InlineData("2026-11-28T10:15:30.1234567+01:00")]
    [InlineData("2026-11-28T10:15:30.1234567-14:00")]
    [InlineData("2026-11-28T10:15:30.1234567+14:01")]
    [InlineData("2026-11-28T10:15:30.1234567+15:00")]
    [InlineData("2026-11-28T10:15:30.1234567+01:60")]
    [InlineData("2026-11-28T10:15:30.1234567 01:00")]
    [InlineData("2026-11-28T10:15:30.1234567Z")]
    [InlineData("0001-01-01T00:00:00.0000000+01:00")]
    [InlineData("9999-12-31T23:59:59.9999999-01:00")]
    [InlineData("0001-01-01T00:00:00.0000000-01:00")]
    public void Other_date_time_offset_text_reads_as_the_BCL_reads_it(string text)
    {
        var expected = Expected(() => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        var actual = Actual(() => Bsdf.Deserialize<DateTimeOffset>(StringDocument(text)));
        Assert.Equal(expected.Value is DateTimeOffset e ? (e.Ticks, e.Offset) : default, actual.Value is DateTimeOffset a ? (a.Ticks, a.Offset) : default);
        Assert.Equal(expected.Failed, actual.Failed);
    }

    /// <summary>Tick counts across the whole range, with the ends and every digit position exercised.</summary>
    private static IEnumerable<long> Instants()
    {
        yield return DateTime.MinValue.Ticks;
        yield return DateTime.MaxValue.Ticks;
        yield return new DateTime(2024, 2, 29, 23, 59, 59).AddTicks(9_999_999).Ticks;
        for (var i = 0; i < 2000; i++)
        {
            yield return Random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks + 1);
        }
    }

    /// <summary>What the BCL's parser gives: the value, or that it failed (with whatever exception).</summary>
    private static (object? Value, bool Failed) Expected(Func<object> parse)
    {
        try
        {
            return (parse(), false);
        }
        catch (Exception error) when (error is FormatException or ArgumentException or OverflowException)
        {
            return (null, true);
        }
    }

    /// <summary>What BsdfGen gives: the value, or that it failed with a <see cref="BsdfException"/> (any other escapes).</summary>
    private static (object? Value, bool Failed) Actual(Func<object> read)
    {
        try
        {
            return (read(), false);
        }
        catch (BsdfException)
        {
            return (null, true);
        }
    }

    private static byte[] StringDocument(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return "BSDF\u0002\u0002s"u8.ToArray().Append((byte)utf8.Length).Concat(utf8).ToArray();
    }
}
