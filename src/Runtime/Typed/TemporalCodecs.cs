using System.Globalization;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// <see cref="DateTime"/> as an ISO-8601 round-trip string (<c>"O"</c>: 7 fractional digits, <c>Z</c>
/// for UTC, the offset for local times, nothing for unspecified), exact to the tick and the kind.
/// </summary>
public readonly struct DateTimeCodec : IBsdfCodec<DateTime>, IUtf8TextParser<DateTime>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, DateTime value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, new IsoRoundTrip.DateTimeText(value), value, "O");

    /// <inheritdoc />
    public static DateTime Read(ref BsdfReader reader, BsdfContext context) =>
        // The exact form Write produces for UTC and unspecified times, parsed from the UTF-8 bytes without a string.
        // Anything else (other layouts, offsets, which convert to local time) goes through DateTime.Parse as always.
        TypedRead.TryParseUtf8<DateTime, DateTimeCodec>(ref reader, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "DateTime", static (text, culture) => DateTime.Parse(text, culture, DateTimeStyles.RoundtripKind));

    static bool IUtf8TextParser<DateTime>.TryParse(ReadOnlySpan<byte> utf8, out DateTime value)
    {
        var utc = utf8.Length == IsoRoundTrip.ClockLength + 1 && utf8[^1] == (byte)'Z';
        if ((utc || utf8.Length == IsoRoundTrip.ClockLength) && IsoRoundTrip.TryParseClock(utf8[..IsoRoundTrip.ClockLength], out var ticks))
        {
            value = new DateTime(ticks, utc ? DateTimeKind.Utc : DateTimeKind.Unspecified);
            return true;
        }

        value = default;
        return false;
    }
}

/// <summary><see cref="DateTimeOffset"/> as an ISO-8601 round-trip string with its offset (<c>"O"</c>).</summary>
public readonly struct DateTimeOffsetCodec : IBsdfCodec<DateTimeOffset>, IUtf8TextParser<DateTimeOffset>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, DateTimeOffset value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, new IsoRoundTrip.DateTimeOffsetText(value), value, "O");

    /// <inheritdoc />
    public static DateTimeOffset Read(ref BsdfReader reader, BsdfContext context) =>
        // The exact form Write produces (yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm) from the UTF-8 bytes; anything else as always.
        TypedRead.TryParseUtf8<DateTimeOffset, DateTimeOffsetCodec>(ref reader, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "DateTimeOffset", static (text, culture) => DateTimeOffset.Parse(text, culture, DateTimeStyles.RoundtripKind));

    static bool IUtf8TextParser<DateTimeOffset>.TryParse(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        const int length = IsoRoundTrip.ClockLength + IsoRoundTrip.OffsetLength;
        if (utf8.Length == length
            && IsoRoundTrip.TryParseClock(utf8[..IsoRoundTrip.ClockLength], out var ticks)
            && IsoRoundTrip.TryParseOffset(utf8[IsoRoundTrip.ClockLength..], out var offset)
            && ticks - offset.Ticks is >= 0 and var utcTicks && utcTicks <= DateTime.MaxValue.Ticks)
        {
            value = new DateTimeOffset(ticks, offset);
            return true;
        }

        value = default;
        return false;
    }
}

/// <summary><see cref="DateOnly"/> as an ISO-8601 date string, <c>yyyy-MM-dd</c>.</summary>
public readonly struct DateOnlyCodec : IBsdfCodec<DateOnly>, IUtf8TextParser<DateOnly>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, DateOnly value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, new IsoRoundTrip.DateText(value), value, "O");

    /// <inheritdoc />
    public static DateOnly Read(ref BsdfReader reader, BsdfContext context) =>
        TypedRead.TryParseUtf8<DateOnly, DateOnlyCodec>(ref reader, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "DateOnly", static (text, culture) => DateOnly.ParseExact(text, "O", culture));

    /// <summary><c>yyyy-MM-dd</c>, digit by digit (the general date parser costs more than the rest of a small contract).</summary>
    static bool IUtf8TextParser<DateOnly>.TryParse(ReadOnlySpan<byte> utf8, out DateOnly value) => IsoRoundTrip.TryParseDate(utf8, out value);
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
public readonly struct TimeSpanCodec : IBsdfCodec<TimeSpan>, IUtf8TextParser<TimeSpan>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, TimeSpan value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, new TimeSpanText.Written(value), value, "c");

    /// <inheritdoc />
    public static TimeSpan Read(ref BsdfReader reader, BsdfContext context) =>
        TypedRead.TryParseUtf8<TimeSpan, TimeSpanCodec>(ref reader, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "TimeSpan", static (text, culture) => TimeSpan.ParseExact(text, "c", culture));

    /// <summary>The longest "c" form, <c>-10675199.02:48:05.4775808</c>.</summary>
    private const int MaxLength = 26;

    static bool IUtf8TextParser<TimeSpan>.TryParse(ReadOnlySpan<byte> utf8, out TimeSpan value) =>
        TimeSpanText.TryParseWritten(utf8, out value) || TypedRead.TryParseAscii<TimeSpan>(utf8, MaxLength, TryParseExact, out value);

    private static bool TryParseExact(ReadOnlySpan<char> text, out TimeSpan value) =>
        TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value);
}
