using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static BsdfGen.Typed.Digits;

namespace BsdfGen.Typed;

/// <summary>
/// Parses the constant form (<c>"c"</c>) of a <see cref="TimeSpan"/>, <c>[-][d.]hh:mm:ss[.fffffff]</c>, as
/// <see cref="TimeSpan.ToString(string)"/> writes it, digit by digit: the BCL's parser costs more than the rest of a small
/// contract. Any other layout (one-digit hours, a shorter fraction, days near the limits) is left to the BCL.
/// </summary>
internal static class TimeSpanText
{
    /// <summary>The length of <c>hh:mm:ss</c>.</summary>
    private const int ClockLength = 8;

    /// <summary>Below <see cref="TimeSpan.MaxValue"/>'s days, so the ticks cannot overflow.</summary>
    private const int MaxDays = 10_675_198;

    /// <summary>Parses the exact layout <c>"c"</c> writes; false for anything else (which the BCL may still accept).</summary>
    public static bool TryParseWritten(ReadOnlySpan<byte> utf8, out TimeSpan value)
    {
        value = default;
        var negative = !utf8.IsEmpty && utf8[0] == '-';
        var text = negative ? utf8[1..] : utf8;
        var days = 0;
        var separator = text.IndexOfAny((byte)'.', (byte)':');
        if (separator >= 0 && text[separator] == '.')
        {
            if (separator is 0 or > 8 || !int.TryParse(text[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > MaxDays)
            {
                return false;
            }

            text = text[(separator + 1)..];
        }

        if (text.Length != ClockLength && text.Length != ClockLength + 1 + FractionLength)
        {
            return false;
        }

        ref var at = ref MemoryMarshal.GetReference(text);
        var fraction = 0;
        if (Unsafe.Add(ref at, 2) != ':' || Unsafe.Add(ref at, 5) != ':'
            || !TryPair(ref at, out var hours) || !TryPair(ref Unsafe.Add(ref at, 3), out var minutes) || !TryPair(ref Unsafe.Add(ref at, 6), out var seconds)
            || hours > 23 || minutes > 59 || seconds > 59
            || (text.Length > ClockLength && (Unsafe.Add(ref at, ClockLength) != '.' || !TryFraction(ref Unsafe.Add(ref at, ClockLength + 1), out fraction))))
        {
            return false;
        }

        var ticks = (days * TimeSpan.TicksPerDay) + (hours * TimeSpan.TicksPerHour) + (minutes * TimeSpan.TicksPerMinute)
            + (seconds * TimeSpan.TicksPerSecond) + fraction;
        value = new TimeSpan(negative ? -ticks : ticks);
        return true;
    }
}
