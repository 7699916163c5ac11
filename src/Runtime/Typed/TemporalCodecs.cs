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
    public static DateTime Read(ref BsdfReader reader, BsdfContext context)
    {
        // The exact form Write produces for UTC and unspecified times, parsed from the UTF-8 bytes without a string.
        // Anything else (other layouts, offsets, which convert to local time) goes through DateTime.Parse as always.
        if (reader.Remaining > 0 && reader.PeekKind() == BsdfValueKind.String)
        {
            var probe = reader;
            probe.ReadValueHeader();
            var utf8 = probe.ReadStringBody();
            if ((utf8.Length == RoundTripLength || (utf8.Length == RoundTripLength + 1 && utf8[RoundTripLength] == (byte)'Z'))
                && Utf8Parser.TryParse(utf8, out DateTime value, out var consumed, 'O') && consumed == utf8.Length)
            {
                reader = probe;
                return value;
            }
        }

        return TypedRead.Parsed(ref reader, "DateTime", static (text, culture) => DateTime.Parse(text, culture, DateTimeStyles.RoundtripKind));
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
        TypedRead.Parsed(ref reader, "DateTimeOffset", static (text, culture) => DateTimeOffset.Parse(text, culture, DateTimeStyles.RoundtripKind));
}

/// <summary><see cref="DateOnly"/> as an ISO-8601 date string, <c>yyyy-MM-dd</c>.</summary>
public readonly struct DateOnlyCodec : IBsdfCodec<DateOnly>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, DateOnly value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, value, "O");

    /// <inheritdoc />
    public static DateOnly Read(ref BsdfReader reader, BsdfContext context) =>
        TypedRead.Parsed(ref reader, "DateOnly", static (text, culture) => DateOnly.ParseExact(text, "O", culture));
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
        TypedRead.Parsed(ref reader, "TimeSpan", static (text, culture) => TimeSpan.ParseExact(text, "c", culture));
}
