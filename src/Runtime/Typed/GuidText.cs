using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BsdfGen.Typed;

/// <summary>
/// Parses the <c>"D"</c> form of a <see cref="Guid"/> (<c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>, hex digits of either
/// case) into two 64-bit halves and makes the value from them in a register: built field by field, as the BCL's parsers
/// build it, the sixteen bytes are stored in eleven pieces and read back whole by the caller, a stall the store buffer
/// cannot forward (measured in a contract's generated reader). Any other form is declined, for the BCL to parse.
/// </summary>
internal static class GuidText
{
    /// <summary>Parses exactly the <c>"D"</c> form; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Guid value)
    {
        value = default;
        if (utf8.Length != 36 || utf8[8] != '-' || utf8[13] != '-' || utf8[18] != '-' || utf8[23] != '-'
            || !TryHex(utf8[..8], out var a) || !TryHex(utf8.Slice(9, 4), out var b) || !TryHex(utf8.Slice(14, 4), out var c)
            || !TryHex(utf8.Slice(19, 4), out var d) || !TryHex(utf8.Slice(24, 12), out var e))
        {
            return false;
        }

        // The layout new Guid(ReadOnlySpan<byte>) reads: a, b and c little-endian, then the last eight bytes in text order.
        var low = a | (b << 32) | (c << 48);
        var high = (d << 48) | e;
        if (!BitConverter.IsLittleEndian)
        {
            Span<byte> bytes = stackalloc byte[16];
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, low);
            BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], high);
            value = new Guid(bytes);
            return true;
        }

        value = Unsafe.BitCast<Vector128<ulong>, Guid>(Vector128.Create(low, BinaryPrimitives.ReverseEndianness(high)));
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
