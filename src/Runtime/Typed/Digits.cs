using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BsdfGen.Typed;

/// <summary>Fixed-width ASCII digits, read and written two at a time, for the text forms the codecs handle by hand.</summary>
internal static class Digits
{
    /// <summary>The number of digits of a tick fraction of a second (<c>fffffff</c>).</summary>
    public const int FractionLength = 7;

    /// <summary>The length of a time of day, <c>hh:mm:ss</c>.</summary>
    public const int TimeLength = 8;

    private const int SecondsPerDay = 24 * 60 * 60;

    /// <summary>Parses two ASCII digits; false at anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPair(ref byte at, out int number)
    {
        var tens = (uint)(at - '0');
        var ones = (uint)(Unsafe.Add(ref at, 1) - '0');
        number = (int)((tens * 10) + ones);
        return (tens <= 9) & (ones <= 9);
    }

    /// <summary>Parses the seven digits of a tick fraction (<c>fffffff</c>); false at anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFraction(ref byte at, out int ticks)
    {
        var first = (uint)(at - '0');
        var valid = TryPair(ref Unsafe.Add(ref at, 1), out var second) & TryPair(ref Unsafe.Add(ref at, 3), out var third)
            & TryPair(ref Unsafe.Add(ref at, 5), out var fourth);
        ticks = ((int)first * 1_000_000) + (second * 10_000) + (third * 100) + fourth;
        return valid & (first <= 9);
    }

    /// <summary>Parses <c>hh:mm:ss</c> (hours to 23, minutes and seconds to 59) into the second of the day; false at anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryTime(ref byte at, out int secondOfDay)
    {
        var valid = TryPair(ref at, out var hours) & TryPair(ref Unsafe.Add(ref at, 3), out var minutes) & TryPair(ref Unsafe.Add(ref at, 6), out var seconds)
            & (Unsafe.Add(ref at, 2) == ':') & (Unsafe.Add(ref at, 5) == ':') & (hours <= 23) & (minutes <= 59) & (seconds <= 59);
        secondOfDay = (hours * 3600) + (minutes * 60) + seconds;
        return valid;
    }

    /// <summary>Writes the time of day of <paramref name="seconds"/> (seconds since any midnight) as <c>hh:mm:ss</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Time(ref byte at, ulong seconds)
    {
        // One 64-bit division; the fields come from the second of the day in 32 bits.
        var secondOfDay = (uint)(seconds % SecondsPerDay);
        Pair(ref at, (int)(secondOfDay / 3600));
        Unsafe.Add(ref at, 2) = (byte)':';
        Pair(ref Unsafe.Add(ref at, 3), (int)(secondOfDay / 60 % 60));
        Unsafe.Add(ref at, 5) = (byte)':';
        Pair(ref Unsafe.Add(ref at, 6), (int)(secondOfDay % 60));
    }

    /// <summary>Writes the two digits of <paramref name="number"/> (0 to 99), from a table of all hundred pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Pair(ref byte at, int number) =>
        Unsafe.WriteUnaligned(ref at, Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(PairTable), (nint)(uint)number * 2)));

    /// <summary>Writes the seven digits of a tick fraction (0 to 9 999 999).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Fraction(ref byte at, int ticks)
    {
        at = (byte)('0' + (ticks / 1_000_000));
        ticks %= 1_000_000;
        Pair(ref Unsafe.Add(ref at, 1), ticks / 10_000);
        Pair(ref Unsafe.Add(ref at, 3), ticks / 100 % 100);
        Pair(ref Unsafe.Add(ref at, 5), ticks % 100);
    }

    private static ReadOnlySpan<byte> PairTable =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;
}
