using System.Globalization;
using System.Text;

namespace BsdfGen.Cli.Formatting;

/// <summary>Formats floats, strings and bytes exactly as Python's <c>repr</c> does.</summary>
internal static class PythonRepr
{
    /// <summary>Python's <c>repr(float)</c>: <c>0.1</c>, <c>1.0</c>, <c>1e-05</c>, <c>1.5e+16</c>, <c>nan</c>, <c>inf</c>.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        return FiniteFloat(value);
    }

    /// <summary>A float as Python's <c>json.dump</c> writes it: like <see cref="Float"/> but <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</summary>
    public static string JsonFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        return FiniteFloat(value);
    }

    /// <summary>Python's <c>repr(str)</c>.</summary>
    public static string String(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2);
        builder.Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            AppendCodePoint(builder, codePoint, quote);
        }

        builder.Append(quote);
        return builder.ToString();
    }

    /// <summary>Python's <c>repr(bytes)</c>, e.g. <c>b'PK\x03\x04'</c>.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes)
    {
        var quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var builder = new StringBuilder(bytes.Length + 3);
        builder.Append('b').Append(quote);
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'\\': builder.Append(@"\\"); break;
                case (byte)'\n': builder.Append(@"\n"); break;
                case (byte)'\r': builder.Append(@"\r"); break;
                case (byte)'\t': builder.Append(@"\t"); break;
                default:
                    if (b == quote)
                    {
                        builder.Append('\\').Append(quote);
                    }
                    else if (b is >= 0x20 and < 0x7F)
                    {
                        builder.Append((char)b);
                    }
                    else
                    {
                        builder.Append(@"\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        builder.Append(quote);
        return builder.ToString();
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint, char quote)
    {
        switch (codePoint)
        {
            case '\\': builder.Append(@"\\"); return;
            case '\n': builder.Append(@"\n"); return;
            case '\r': builder.Append(@"\r"); return;
            case '\t': builder.Append(@"\t"); return;
        }

        if (codePoint == quote)
        {
            builder.Append('\\').Append(quote);
        }
        else if (codePoint is >= 0x20 and < 0x7F)
        {
            builder.Append((char)codePoint);
        }
        else if (IsPrintable(codePoint))
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        else if (codePoint < 0x100)
        {
            builder.Append(@"\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
        }
        else if (codePoint < 0x10000)
        {
            builder.Append(@"\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(@"\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
        }
    }

    private static bool IsPrintable(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static string FiniteFloat(double value)
    {
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var builder = new StringBuilder(digits.Length + 8);
        if (double.IsNegative(value))
        {
            builder.Append('-');
        }

        if (exponent < -4 || exponent >= 16)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            builder.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (exponent < 0)
        {
            builder.Append("0.").Append('0', -exponent - 1).Append(digits);
        }
        else if (digits.Length <= exponent + 1)
        {
            builder.Append(digits).Append('0', exponent + 1 - digits.Length).Append(".0");
        }
        else
        {
            builder.Append(digits, 0, exponent + 1).Append('.').Append(digits, exponent + 1, digits.Length - exponent - 1);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The shortest round-trip significant digits of a non-negative finite value (no leading or
    /// trailing zeros; "0" for zero) and the decimal exponent of the first digit.
    /// </summary>
    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.');
        var integerPart = point >= 0 ? text[..point] : text;
        var fraction = point >= 0 ? text[(point + 1)..] : string.Empty;
        var all = integerPart + fraction;
        var firstNonZero = 0;
        while (firstNonZero < all.Length && all[firstNonZero] == '0')
        {
            firstNonZero++;
        }

        if (firstNonZero == all.Length)
        {
            return ("0", 0);
        }

        var digits = all[firstNonZero..].TrimEnd('0');
        return (digits, exponent + integerPart.Length - 1 - firstNonZero);
    }
}
