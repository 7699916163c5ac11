using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace BsdfGen.Typed;

/// <summary>
/// Parses the <c>"D"</c> form of a <see cref="Guid"/> (<c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>, hex digits of either
/// case) and makes the value in a register: built field by field, as the BCL's parsers build it, the sixteen bytes are
/// stored in eleven pieces and read back whole by the caller, a stall the store buffer cannot forward (measured in a
/// contract's generated reader). Any other form is declined, for the BCL to parse.
/// </summary>
internal static class GuidText
{
    /// <summary>Parses exactly the <c>"D"</c> form; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Guid value)
    {
        if (utf8.Length != 36 || utf8[8] != '-' || utf8[13] != '-' || utf8[18] != '-' || utf8[23] != '-')
        {
            value = default;
            return false;
        }

        return Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian
            ? TryParseVectorized(ref MemoryMarshal.GetReference(utf8), out value)
            : TryParseScalar(utf8, out value);
    }

    /// <summary>
    /// The 32 digits gathered into two vectors, turned into nibbles, paired into bytes and put in the
    /// <see cref="Guid"/>'s layout, all in registers (a digit at a time took a third of a small contract's read).
    /// </summary>
    private static bool TryParseVectorized(ref byte text, out Guid value)
    {
        // Digits 0-15 are characters 0-7, 9-12 and 14-17; digits 16-31 are characters 19-22 and 24-35.
        var first = Vector128.Shuffle(Vector128.LoadUnsafe(ref text), FirstDigits)
            | Vector128.Shuffle(Vector128.LoadUnsafe(ref text, 2), FirstDigitsTail);
        var last = Vector128.Shuffle(Vector128.LoadUnsafe(ref text, 20), LastDigits)
            | Vector128.Shuffle(Vector128.LoadUnsafe(ref text, 19), LastDigitsHead);
        if (!TryNibbles(first, out var high) | !TryNibbles(last, out var low))
        {
            value = default;
            return false;
        }

        // In text order, byte k is nibble 2k and 2k+1; the first three fields of a Guid are little-endian.
        var bytes = Vector128.Narrow(PairNibbles(high), PairNibbles(low));
        value = Unsafe.BitCast<Vector128<byte>, Guid>(Vector128.Shuffle(bytes, GuidLayout));
        return true;
    }

    /// <summary>Hex digits of either case to their values; false if any lane is not a hex digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryNibbles(Vector128<byte> characters, out Vector128<byte> nibbles)
    {
        var digit = characters - Vector128.Create((byte)'0');
        var letter = (characters | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a');
        var isDigit = Vector128.LessThan(digit, Vector128.Create((byte)10));
        var isLetter = Vector128.LessThan(letter, Vector128.Create((byte)6));
        nibbles = Vector128.ConditionalSelect(isDigit, digit, letter + Vector128.Create((byte)10));
        return (isDigit | isLetter) == Vector128<byte>.AllBitsSet;
    }

    /// <summary>Each 16-bit lane's two nibbles (the first in its low byte) as one byte value, in the lane's low byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> PairNibbles(Vector128<byte> nibbles)
    {
        var pairs = nibbles.AsUInt16();
        return ((pairs << 4) | (pairs >> 8)) & Vector128.Create((ushort)0xFF);
    }

    // Shuffle indices: 0xFF gives a zero lane.
    private static Vector128<byte> FirstDigits => Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 0xFF, 0xFF);

    private static Vector128<byte> FirstDigitsTail => Vector128.Create((byte)0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 14, 15);

    private static Vector128<byte> LastDigits => Vector128.Create((byte)0xFF, 0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    private static Vector128<byte> LastDigitsHead => Vector128.Create((byte)0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);

    private static Vector128<byte> GuidLayout => Vector128.Create((byte)3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15);

    /// <summary>A digit at a time, into the layout <c>new Guid(ReadOnlySpan&lt;byte&gt;)</c> reads (any byte order).</summary>
    private static bool TryParseScalar(ReadOnlySpan<byte> utf8, out Guid value)
    {
        value = default;
        if (!TryHex(utf8[..8], out var a) || !TryHex(utf8.Slice(9, 4), out var b) || !TryHex(utf8.Slice(14, 4), out var c)
            || !TryHex(utf8.Slice(19, 4), out var d) || !TryHex(utf8.Slice(24, 12), out var e))
        {
            return false;
        }

        // a, b and c little-endian, then the last eight bytes in text order.
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, a | (b << 32) | (c << 48));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (d << 48) | e);
        value = new Guid(bytes);
        return true;
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out ulong value)
    {
        value = 0;
        foreach (var character in digits)
        {
            var digit = (uint)(character - '0');
            if (digit > 9)
            {
                digit = (uint)((character | 0x20) - 'a');
                if (digit > 5)
                {
                    return false;
                }

                digit += 10;
            }

            value = (value << 4) | digit;
        }

        return true;
    }
}
