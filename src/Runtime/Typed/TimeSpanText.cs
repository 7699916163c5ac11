using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static BsdfGen.Typed.Digits;

namespace BsdfGen.Typed;

/// <summary>
/// Writes and parses the constant form (<c>"c"</c>) of a <see cref="TimeSpan"/>, <c>[-][d.]hh:mm:ss[.fffffff]</c>, as
/// <see cref="TimeSpan.ToString(string)"/> writes it, digit by digit: the BCL's formatter and parser cost more than the rest
/// of a small contract. Any other layout (one-digit hours, a shorter fraction, days near the limits) is left to the BCL.
/// </summary>
internal static class TimeSpanText
{
    /// <summary>Below <see cref="TimeSpan.MaxValue"/>'s days, so the ticks cannot overflow.</summary>
    private const int MaxDays = 10_675_198;

    /// <summary>Parses the exact layout <c>"c"</c> writes; false for anything else (which the BCL may still accept).</summary>
    public static bool TryParseWritten(ReadOnlySpan<byte> utf8, out TimeSpan value)
    {
        value = default;
        var negative = !utf8.IsEmpty && utf8[0] == '-';
        var text = negative ? utf8[1..] : utf8;
        var days = 0;
        // Without days (the usual case) the first separator is the colon after the hours: no search.
        var separator = text.Length > 2 && text[2] == ':' ? 2 : text.IndexOfAny((byte)'.', (byte)':');
        if (separator >= 0 && text[separator] == '.')
        {
            if (separator is 0 or > 8 || !int.TryParse(text[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > MaxDays)
            {
                return false;
            }

            text = text[(separator + 1)..];
        }

        if (text.Length != TimeLength && text.Length != TimeLength + 1 + FractionLength)
        {
            return false;
        }

        ref var at = ref MemoryMarshal.GetReference(text);
        var fraction = 0;
        if (!TryTime(ref at, out var secondOfDay)
            || (text.Length > TimeLength && (Unsafe.Add(ref at, TimeLength) != '.' || !TryFraction(ref Unsafe.Add(ref at, TimeLength + 1), out fraction))))
        {
            return false;
        }

        var ticks = (days * TimeSpan.TicksPerDay) + (secondOfDay * TimeSpan.TicksPerSecond) + fraction;
        value = new TimeSpan(negative ? -ticks : ticks);
        return true;
    }

    /// <summary>A <see cref="TimeSpan"/> in its <c>"c"</c> form, for <c>BsdfWriter.TryWriteFormattedString</c>; declines <see cref="TimeSpan.MinValue"/>.</summary>
    public readonly struct Written(TimeSpan value) : IUtf8SpanFormattable
    {
        /// <summary>The longest form this writes: a sign, eight digits of days and a dot, the clock, a dot and the fraction.</summary>
        private const int MaxLength = 1 + 9 + TimeLength + 1 + FractionLength;

        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            bytesWritten = 0;
            if (utf8Destination.Length < MaxLength || value == TimeSpan.MinValue)
            {
                return false;
            }

            var ticks = value.Ticks;
            var length = 0;
            if (ticks < 0)
            {
                utf8Destination[length++] = (byte)'-';
                ticks = -ticks;
            }

            var seconds = (ulong)ticks / TimeSpan.TicksPerSecond;
            var fraction = (int)((ulong)ticks - (seconds * TimeSpan.TicksPerSecond));
            var days = (int)(seconds / (24 * 60 * 60));
            if (days > 0)
            {
                days.TryFormat(utf8Destination[length..], out var digits, default, CultureInfo.InvariantCulture);
                length += digits;
                utf8Destination[length++] = (byte)'.';
            }

            ref var at = ref Unsafe.Add(ref MemoryMarshal.GetReference(utf8Destination), length);
            Time(ref at, seconds);
            length += TimeLength;
            if (fraction != 0)
            {
                Unsafe.Add(ref at, TimeLength) = (byte)'.';
                Fraction(ref Unsafe.Add(ref at, TimeLength + 1), fraction);
                length += 1 + FractionLength;
            }

            bytesWritten = length;
            return true;
        }
    }
}
