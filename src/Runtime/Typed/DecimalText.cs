namespace BsdfGen.Typed;

/// <summary>
/// Parses the short invariant forms of a <see cref="decimal"/> (<c>-?digits[.digits]</c>, at most 19 digits) straight into
/// its bits: the BCL's number parser costs more than the rest of a small contract. The result is what
/// <see cref="decimal.Parse(string, IFormatProvider)"/> gives, trailing zeros (the scale) included; anything else — more
/// digits, exponents, signs other than a leading minus, negative zero — is left to the BCL.
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
}
