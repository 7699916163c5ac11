namespace BsdfGen.Typed;

/// <summary>
/// Writes and parses the short invariant forms of a <see cref="decimal"/> (<c>-?digits[.digits]</c>) straight from and into
/// its bits: the BCL's number formatter and parser cost more than the rest of a small contract. The text is what
/// <see cref="decimal.ToString(IFormatProvider)"/> writes and the value what <see cref="decimal.Parse(string, IFormatProvider)"/>
/// gives, trailing zeros (the scale) included. Anything else — more than 19 digits to parse, an unscaled value of 64 bits
/// or more to write, exponents, signs other than a leading minus, negative zero — is left to the BCL.
/// </summary>
internal static class DecimalText
{
    /// <summary>The most digits whose value always fits a <see cref="ulong"/>.</summary>
    private const int MaxDigits = 19;

    /// <summary>Parses a short plain form; false for anything else (which the BCL may still accept).</summary>
    public static bool TryParseShort(ReadOnlySpan<byte> utf8, out decimal value)
    {
        value = default;
        var negative = !utf8.IsEmpty && utf8[0] == '-';
        ulong digits = 0;
        var count = 0;
        var scale = -1;
        for (var at = negative ? 1 : 0; at < utf8.Length; at++)
        {
            var digit = (uint)(utf8[at] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
                count++;
                scale += scale >= 0 ? 1 : 0;
            }
            else if (utf8[at] == '.' && scale < 0 && count > 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (count is 0 or > MaxDigits || scale == 0 || (negative && digits == 0))
        {
            return false;
        }

        value = new decimal((int)digits, (int)(digits >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>A <see cref="decimal"/> in its invariant <c>"G"</c> form, for <c>BsdfWriter.TryWriteFormattedString</c>; declines what it leaves to the BCL.</summary>
    public readonly struct Written(decimal value) : IUtf8SpanFormattable
    {
        /// <summary>A sign, "0.", up to 28 zeros and digits, or 20 digits and a dot.</summary>
        private const int MaxLength = 1 + 2 + 28 + 20;

        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            // No stackalloc here: a method with one is compiled once, fully optimized but without tiering's profile, and
            // its span arguments went through the stack (a store-forwarding stall on every call).
            bytesWritten = 0;
            var bits = default(Bits);
            decimal.GetBits(value, bits);
            var unscaled = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            var negative = bits[3] < 0;
            var scale = (bits[3] >> 16) & 0xFF;
            if (bits[2] != 0 || (negative && unscaled == 0) || utf8Destination.Length < MaxLength)
            {
                return false;
            }

            var length = 0;
            if (negative)
            {
                utf8Destination[length++] = (byte)'-';
            }

            // The digits of the unscaled value (the default format of an unsigned integer is culture-free), then copied out
            // around the dot: between them, or after "0." and zeros. Not moved in place: an overlapping copy goes to the
            // native memmove.
            var buffer = default(DigitBuffer);
            unscaled.TryFormat(buffer, out var count);
            ReadOnlySpan<byte> digits = buffer[..count];
            var whole = count - scale;
            if (scale == 0)
            {
                digits.CopyTo(utf8Destination[length..]);
                bytesWritten = length + count;
            }
            else if (whole > 0)
            {
                digits[..whole].CopyTo(utf8Destination[length..]);
                utf8Destination[length + whole] = (byte)'.';
                digits[whole..].CopyTo(utf8Destination[(length + whole + 1)..]);
                bytesWritten = length + count + 1;
            }
            else
            {
                var lead = 2 - whole;
                utf8Destination.Slice(length, lead).Fill((byte)'0');
                utf8Destination[length + 1] = (byte)'.';
                digits.CopyTo(utf8Destination[(length + lead)..]);
                bytesWritten = length + lead + count;
            }

            return true;
        }

        /// <summary>Room for the digits of any <see cref="ulong"/>.</summary>
        [System.Runtime.CompilerServices.InlineArray(20)]
        private struct DigitBuffer
        {
            private byte _first;
        }

        /// <summary>The four 32-bit parts <see cref="decimal.GetBits(decimal, Span{int})"/> writes.</summary>
        [System.Runtime.CompilerServices.InlineArray(4)]
        private struct Bits
        {
            private int _part;
        }
    }
}
