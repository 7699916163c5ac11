using System.Text;
using Xunit;

namespace BsdfGen.Tests.Strings;

/// <summary>
/// Values BSDF carries as text (Guid, decimal, DateTimeOffset, DateOnly, TimeSpan, DateTime) are read from the exact
/// form the codecs write without a string, and from any other accepted form through the general parser: both must
/// give the same value, to the tick, the offset and the scale.
/// </summary>
public class TextFormattedValueTests
{
    [Fact]
    public void Edge_values_round_trip_exactly()
    {
        RoundTrips(Guid.Empty, Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), Guid.NewGuid());
        RoundTrips(0m, 12.340m, -0.0000001m, decimal.MaxValue, decimal.MinValue, 1234.5678m);
        RoundTrips(
            DateTimeOffset.MinValue, DateTimeOffset.MaxValue,
            new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.FromHours(14)).AddTicks(1),
            new DateTimeOffset(2026, 3, 29, 1, 59, 59, TimeSpan.FromHours(-14)),
            new DateTimeOffset(2026, 3, 29, 1, 59, 59, new TimeSpan(5, 45, 0)));
        RoundTrips(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 2, 29));
        RoundTrips(TimeSpan.Zero, TimeSpan.MinValue, TimeSpan.MaxValue, TimeSpan.FromTicks(-1), new TimeSpan(3, 4, 5, 6, 7));
        RoundTrips(
            DateTime.MinValue, DateTime.MaxValue,
            new DateTime(2026, 11, 28, 10, 15, 30, DateTimeKind.Utc).AddTicks(1234567),
            new DateTime(2026, 11, 28, 10, 15, 30, DateTimeKind.Unspecified));

        // The scale of a decimal is part of its value's text: 12.340 stays 12.340.
        Assert.Equal("12.340", Bsdf.Deserialize<decimal>(Bsdf.Serialize(12.340m)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromHours(14), Bsdf.Deserialize<DateTimeOffset>(Bsdf.Serialize(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(14)))).Offset);
    }

    [Fact]
    public void Other_accepted_forms_read_as_before()
    {
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), Bsdf.Deserialize<Guid>(StringDocument("6F9619FF8B86D011B42D00C04FC964FF")));
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), Bsdf.Deserialize<Guid>(StringDocument("{6f9619ff-8b86-d011-b42d-00c04fc964ff}")));
        Assert.Equal(1500m, Bsdf.Deserialize<decimal>(StringDocument("1.5e3")));
        Assert.Equal(1234.5m, Bsdf.Deserialize<decimal>(StringDocument("1,234.5")));
        Assert.Equal(
            new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.Zero),
            Bsdf.Deserialize<DateTimeOffset>(StringDocument("2026-11-28T11:00:00Z")));
        Assert.Equal(new TimeSpan(1, 2, 3), Bsdf.Deserialize<TimeSpan>(StringDocument("01:02:03")));
        Assert.Equal(new DateOnly(2026, 11, 28), Bsdf.Deserialize<DateOnly>(StringDocument("2026-11-28")));
    }

    [Theory]
    [InlineData("not a guid")]
    [InlineData("6f9619ff-8b86-d011-b42d-00c04fc964f")]
    public void Malformed_text_is_an_error_at_the_value(string text)
    {
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Guid>(StringDocument(text)));
        Assert.Contains("(at byte 6)", error.Message);
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<DateTimeOffset>(StringDocument(text)));
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<DateOnly>(StringDocument(text)));
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<TimeSpan>(StringDocument(text)));
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<decimal>(StringDocument(text)));
    }

    private static void RoundTrips<T>(params T[] values)
    {
        foreach (var value in values)
        {
            Assert.Equal(value, Bsdf.Deserialize<T>(Bsdf.Serialize(value)));
        }
    }

    private static byte[] StringDocument(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return "BSDF\u0002\u0002s"u8.ToArray().Append((byte)utf8.Length).Concat(utf8).ToArray();
    }
}
