using System.Globalization;

namespace BsdfGen.Cli.Formatting;

/// <summary>
/// ISO 8601 text for the integers of data frame date, timestamp and time columns, with as many fractional digits as
/// the unit has (so nanoseconds are kept). A value outside the years 1 to 9999, or a time of day outside one day,
/// stays the integer it is.
/// </summary>
internal static class IsoTime
{
    private const long SecondsPerDay = 86400;
    private const long MinSeconds = -62135596800; // 0001-01-01T00:00:00
    private const long MaxSeconds = 253402300799; // 9999-12-31T23:59:59

    /// <summary><c>yyyy-MM-dd</c> for days since 1970-01-01.</summary>
    public static object Date(int days)
    {
        var seconds = days * SecondsPerDay;
        return seconds is < MinSeconds or > MaxSeconds
            ? days
            : new IsoText(DateTime.UnixEpoch.AddSeconds(seconds).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss[.fff…][Z]</c> for units since 1970-01-01T00:00.</summary>
    public static object Timestamp(long value, BsdfTimeUnit unit, bool utc)
    {
        var (perSecond, digits) = Scale(unit);
        var seconds = Math.DivRem(value, perSecond, out var fraction);
        if (fraction < 0)
        {
            seconds--;
            fraction += perSecond;
        }

        if (seconds is < MinSeconds or > MaxSeconds)
        {
            return value;
        }

        var time = DateTime.UnixEpoch.AddSeconds(seconds);
        return new IsoText(time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Fraction(fraction, digits) + (utc ? "Z" : string.Empty));
    }

    /// <summary><c>HH:mm:ss[.fff…]</c> for units since midnight.</summary>
    public static object TimeOfDay(long value, BsdfTimeUnit unit)
    {
        var (perSecond, digits) = Scale(unit);
        if (value < 0 || value / perSecond >= SecondsPerDay)
        {
            return value;
        }

        var seconds = value / perSecond;
        var text = string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}");
        return new IsoText(text + Fraction(value % perSecond, digits));
    }

    private static (long PerSecond, int Digits) Scale(BsdfTimeUnit unit) => unit switch
    {
        BsdfTimeUnit.Seconds => (1, 0),
        BsdfTimeUnit.Milliseconds => (1_000, 3),
        BsdfTimeUnit.Microseconds => (1_000_000, 6),
        _ => (1_000_000_000, 9),
    };

    private static string Fraction(long fraction, int digits) =>
        digits == 0 ? string.Empty : "." + fraction.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
