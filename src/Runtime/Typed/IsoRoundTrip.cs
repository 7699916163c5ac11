using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static BsdfGen.Typed.Digits;

namespace BsdfGen.Typed;

/// <summary>
/// The ISO-8601 round-trip form (<c>"O"</c>) of dates and times, written and parsed digit by digit: the BCL's formatter
/// and parser cost more than the rest of a small contract. Only the exact layouts <c>"O"</c> produces are handled here
/// (<c>yyyy-MM-ddTHH:mm:ss.fffffff</c>, then <c>Z</c>, an offset or nothing); the codecs leave everything else to the BCL.
/// </summary>
internal static class IsoRoundTrip
{
    /// <summary>The length of <c>yyyy-MM-dd</c>, the date that starts the clock part.</summary>
    public const int DateLength = 10;

    /// <summary>The length of <c>yyyy-MM-ddTHH:mm:ss.fffffff</c>, the clock part.</summary>
    public const int ClockLength = 27;

    /// <summary>The length of an offset, <c>+hh:mm</c>.</summary>
    public const int OffsetLength = 6;

    /// <summary>Writes the clock part of <paramref name="clock"/> into the first <see cref="ClockLength"/> bytes.</summary>
    public static void WriteClock(DateTime clock, Span<byte> utf8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(utf8.Length, ClockLength);
        ref var at = ref MemoryMarshal.GetReference(utf8);
        var (year, month, day) = clock;
        var ticks = (ulong)clock.Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        var fraction = (int)(ticks - (seconds * TimeSpan.TicksPerSecond));
        WriteDate(ref at, year, month, day);
        Unsafe.Add(ref at, 10) = (byte)'T';
        Time(ref Unsafe.Add(ref at, 11), seconds);
        Unsafe.Add(ref at, 19) = (byte)'.';
        Fraction(ref Unsafe.Add(ref at, 20), fraction);
    }

    /// <summary>Writes <c>yyyy-MM-dd</c> at <paramref name="at"/>, <see cref="DateLength"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteDate(ref byte at, int year, int month, int day)
    {
        Pair(ref at, year / 100);
        Pair(ref Unsafe.Add(ref at, 2), year % 100);
        Unsafe.Add(ref at, 4) = (byte)'-';
        Pair(ref Unsafe.Add(ref at, 5), month);
        Unsafe.Add(ref at, 7) = (byte)'-';
        Pair(ref Unsafe.Add(ref at, 8), day);
    }

    /// <summary>Writes <c>+hh:mm</c> or <c>-hh:mm</c> into the first <see cref="OffsetLength"/> bytes.</summary>
    public static void WriteOffset(TimeSpan offset, Span<byte> utf8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(utf8.Length, OffsetLength);
        ref var at = ref MemoryMarshal.GetReference(utf8);
        var minutes = (int)(offset.Ticks / TimeSpan.TicksPerMinute);
        at = minutes < 0 ? (byte)'-' : (byte)'+';
        minutes = Math.Abs(minutes);
        Pair(ref Unsafe.Add(ref at, 1), minutes / 60);
        Unsafe.Add(ref at, 3) = (byte)':';
        Pair(ref Unsafe.Add(ref at, 4), minutes % 60);
    }

    /// <summary>Parses exactly <see cref="DateLength"/> bytes, <c>yyyy-MM-dd</c>, into a valid date; false for anything else.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != DateLength)
        {
            return false;
        }

        ref var at = ref MemoryMarshal.GetReference(utf8);
        if (Unsafe.Add(ref at, 4) != '-' || Unsafe.Add(ref at, 7) != '-'
            || !TryPair(ref at, out var century) || !TryPair(ref Unsafe.Add(ref at, 2), out var yearOfCentury)
            || !TryPair(ref Unsafe.Add(ref at, 5), out var month) || !TryPair(ref Unsafe.Add(ref at, 8), out var day))
        {
            return false;
        }

        var year = (century * 100) + yearOfCentury;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses exactly <see cref="ClockLength"/> bytes of clock part into ticks; false for anything else.</summary>
    public static bool TryParseClock(ReadOnlySpan<byte> utf8, out long ticks)
    {
        ticks = 0;
        if (utf8.Length != ClockLength || !TryParseDate(utf8[..DateLength], out var date))
        {
            return false;
        }

        ref var at = ref MemoryMarshal.GetReference(utf8);
        if (Unsafe.Add(ref at, 10) != 'T' || Unsafe.Add(ref at, 19) != '.'
            || !TryTime(ref Unsafe.Add(ref at, 11), out var secondOfDay) || !TryFraction(ref Unsafe.Add(ref at, 20), out var fraction))
        {
            return false;
        }

        ticks = (date.DayNumber * TimeSpan.TicksPerDay) + (secondOfDay * TimeSpan.TicksPerSecond) + fraction;
        return true;
    }

    /// <summary>Parses exactly <see cref="OffsetLength"/> bytes, <c>±hh:mm</c>, within DateTimeOffset's ±14 hours.</summary>
    public static bool TryParseOffset(ReadOnlySpan<byte> utf8, out TimeSpan offset)
    {
        offset = default;
        if (utf8.Length != OffsetLength)
        {
            return false;
        }

        ref var at = ref MemoryMarshal.GetReference(utf8);
        if (at is not ((byte)'+' or (byte)'-') || Unsafe.Add(ref at, 3) != ':'
            || !TryPair(ref Unsafe.Add(ref at, 1), out var hours) || !TryPair(ref Unsafe.Add(ref at, 4), out var minutes) || minutes > 59)
        {
            return false;
        }

        var total = (hours * 60) + minutes;
        if (total > 14 * 60)
        {
            return false;
        }

        offset = TimeSpan.FromMinutes(at == '-' ? -total : total);
        return true;
    }

    /// <summary><see cref="DateTime"/> in its <c>"O"</c> form, for <c>BsdfWriter.TryWriteFormattedString</c>.</summary>
    public readonly struct DateTimeText(DateTime value) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            var length = ClockLength + (value.Kind == DateTimeKind.Utc ? 1 : 0);
            if (value.Kind == DateTimeKind.Local || utf8Destination.Length < length)
            {
                // A local time's offset depends on the time zone rules: the BCL's formatter looks it up.
                return value.TryFormat(utf8Destination, out bytesWritten, "O", CultureInfo.InvariantCulture);
            }

            WriteClock(value, utf8Destination);
            if (value.Kind == DateTimeKind.Utc)
            {
                utf8Destination[ClockLength] = (byte)'Z';
            }

            bytesWritten = length;
            return true;
        }
    }

    /// <summary><see cref="DateOnly"/> in its <c>"O"</c> form, <c>yyyy-MM-dd</c>, for <c>BsdfWriter.TryWriteFormattedString</c>.</summary>
    public readonly struct DateText(DateOnly value) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            bytesWritten = 0;
            if (utf8Destination.Length < DateLength)
            {
                return false;
            }

            var (year, month, day) = value;
            WriteDate(ref MemoryMarshal.GetReference(utf8Destination), year, month, day);
            bytesWritten = DateLength;
            return true;
        }
    }

    /// <summary><see cref="DateTimeOffset"/> in its <c>"O"</c> form, for <c>BsdfWriter.TryWriteFormattedString</c>.</summary>
    public readonly struct DateTimeOffsetText(DateTimeOffset value) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            bytesWritten = 0;
            if (utf8Destination.Length < ClockLength + OffsetLength)
            {
                return false;
            }

            WriteClock(value.DateTime, utf8Destination);
            WriteOffset(value.Offset, utf8Destination[ClockLength..]);
            bytesWritten = ClockLength + OffsetLength;
            return true;
        }
    }
}
