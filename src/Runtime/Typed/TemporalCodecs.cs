using System.Buffers.Text;
using System.Globalization;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// <see cref="DateTime"/> as an ISO-8601 round-trip string (<c>"O"</c>: 7 fractional digits, <c>Z</c>
/// for UTC, the offset for local times, nothing for unspecified), exact to the tick and the kind.
/// </summary>
public readonly struct DateTimeCodec : IBsdfCodec<DateTime>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, DateTime value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, value, "O");

    /// <inheritdoc />
    public static DateTime Read(ref BsdfReader reader, BsdfContext context) =>
        // The exact form Write produces for UTC and unspecified times, parsed from the UTF-8 bytes without a string.
        // Anything else (other layouts, offsets, which convert to local time) goes through DateTime.Parse as always.
        TypedRead.TryParseUtf8<DateTime>(ref reader, TryParseRoundTrip, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "DateTime", static (text, culture) => DateTime.Parse(text, culture, DateTimeStyles.RoundtripKind));

    private static bool TryParseRoundTrip(ReadOnlySpan<byte> utf8, out DateTime value)
    {
        if (utf8.Length == RoundTripLength || (utf8.Length == RoundTripLength + 1 && utf8[RoundTripLength] == (byte)'Z'))
        {
            return Utf8Parser.TryParse(utf8, out value, out var used, 'O') && used == utf8.Length;
        }

        value = default;
        return false;
    }

    /// <summary>The length of <c>yyyy-MM-ddTHH:mm:ss.fffffff</c>, the "O" form without a time zone.</summary>
    private const int RoundTripLength = 27;
}

/// <summary><see cref="DateTimeOffset"/> as an ISO-8601 round-trip string with its offset (<c>"O"</c>).</summary>
public readonly struct DateTimeOffsetCodec : IBsdfCodec<DateTimeOffset>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, DateTimeOffset value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, value, "O");

    /// <inheritdoc />
    public static DateTimeOffset Read(ref BsdfReader reader, BsdfContext context) =>
        // The exact form Write produces (yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm) from the UTF-8 bytes; anything else as always.
        TypedRead.TryParseUtf8<DateTimeOffset>(ref reader, TryParseRoundTrip, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "DateTimeOffset", static (text, culture) => DateTimeOffset.Parse(text, culture, DateTimeStyles.RoundtripKind));

    private static bool TryParseRoundTrip(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        return utf8.Length == RoundTripLength && Utf8Parser.TryParse(utf8, out value, out var used, 'O') && used == utf8.Length;
    }

    /// <summary>The length of <c>yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm</c>, the "O" form.</summary>
    private const int RoundTripLength = 33;
}

/// <summary><see cref="DateOnly"/> as an ISO-8601 date string, <c>yyyy-MM-dd</c>.</summary>
public readonly struct DateOnlyCodec : IBsdfCodec<DateOnly>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, DateOnly value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, value, "O");

    /// <inheritdoc />
    public static DateOnly Read(ref BsdfReader reader, BsdfContext context) =>
        TypedRead.TryParseUtf8<DateOnly>(ref reader, TryParseExact, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "DateOnly", static (text, culture) => DateOnly.ParseExact(text, "O", culture));

    /// <summary><c>yyyy-MM-dd</c>, digit by digit (the general date parser costs more than the rest of a small contract).</summary>
    private static bool TryParseExact(ReadOnlySpan<byte> utf8, out DateOnly value)
    {
        if (utf8.Length == 10 && utf8[4] == (byte)'-' && utf8[7] == (byte)'-'
            && TryDigits(utf8[..4], out var year) && TryDigits(utf8.Slice(5, 2), out var month) && TryDigits(utf8.Slice(8, 2), out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            value = new DateOnly(year, month, day);
            return true;
        }

        value = default;
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, out int number)
    {
        number = 0;
        foreach (var digit in utf8)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (digit - '0');
        }

        return true;
    }
}

/// <summary><see cref="TimeOnly"/> as an ISO-8601 time string with 7 fractional digits, <c>HH:mm:ss.fffffff</c>.</summary>
public readonly struct TimeOnlyCodec : IBsdfCodec<TimeOnly>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, TimeOnly value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, value, "O");

    /// <inheritdoc />
    public static TimeOnly Read(ref BsdfReader reader, BsdfContext context) =>
        TypedRead.Parsed(ref reader, "TimeOnly", static (text, culture) => TimeOnly.Parse(text, culture));
}

/// <summary><see cref="TimeSpan"/> as its constant-format string (<c>"c"</c>: <c>[-][d.]hh:mm:ss[.fffffff]</c>), exact to the tick.</summary>
public readonly struct TimeSpanCodec : IBsdfCodec<TimeSpan>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, TimeSpan value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, value, "c");

    /// <inheritdoc />
    public static TimeSpan Read(ref BsdfReader reader, BsdfContext context) =>
        TypedRead.TryParseUtf8<TimeSpan>(ref reader, TryParseExact, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "TimeSpan", static (text, culture) => TimeSpan.ParseExact(text, "c", culture));

    /// <summary>The longest "c" form, <c>-10675199.02:48:05.4775808</c>.</summary>
    private const int MaxLength = 26;

    private static bool TryParseExact(ReadOnlySpan<byte> utf8, out TimeSpan value) =>
        TypedRead.TryParseAscii<TimeSpan>(utf8, MaxLength, TryParseExact, out value);

    private static bool TryParseExact(ReadOnlySpan<char> text, out TimeSpan value) =>
        TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value);
}
