using System.Globalization;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>Reads shared by the typed codecs, with range and format errors located at the value.</summary>
internal static class TypedRead
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long Integer(ref BsdfReader reader, long min, long max, string typeName)
    {
        var start = reader.Position;
        var value = reader.ReadInt64();
        if (value < min || value > max)
        {
            OutOfRange(value, typeName, start);
        }

        return value;
    }

    private static void OutOfRange(long value, string typeName, long start) =>
        BsdfThrow.Invalid($"The integer {value} does not fit in {typeName}", start);

    /// <summary>
    /// Parses a string value straight from its UTF-8 bytes when <typeparamref name="TParser"/> accepts them whole, and moves
    /// past it; otherwise leaves the reader where it was (for the general path, which also reports errors).
    /// </summary>
    /// <remarks>The codecs give exact forms they write here, so reading what they wrote costs no string.</remarks>
    public static bool TryParseUtf8<T, TParser>(ref BsdfReader reader, out T value)
        where TParser : IUtf8TextParser<T>
    {
        if (reader.TryPeekShortString(out var utf8))
        {
            if (TParser.TryParse(utf8, out value))
            {
                reader.SkipPeekedString(utf8);
                return true;
            }

            return false;
        }

        return TryParseLongUtf8<T, TParser>(ref reader, out value);
    }

    /// <summary>The rest of <see cref="TryParseUtf8"/>: kept out of the generated readers it is inlined into, whose frames would otherwise hold (and zero) a reader copy per member.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool TryParseLongUtf8<T, TParser>(ref BsdfReader reader, out T value)
        where TParser : IUtf8TextParser<T>
    {
        if (reader.Remaining > 0 && reader.PeekKind() == BsdfValueKind.String)
        {
            var probe = reader;
            probe.ReadValueHeader();
            if (TParser.TryParse(probe.ReadStringBody(), out value))
            {
                reader = probe;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Parses short ASCII text through a parser of chars without allocating a string (for types that have no UTF-8
    /// parser); false for anything longer than <paramref name="maxLength"/> or not ASCII.
    /// </summary>
    public static bool TryParseAscii<T>(ReadOnlySpan<byte> utf8, int maxLength, CharParse<T> parse, out T value)
    {
        Span<char> chars = stackalloc char[maxLength];
        if (utf8.Length <= maxLength && System.Text.Ascii.ToUtf16(utf8, chars, out var length) == System.Buffers.OperationStatus.Done)
        {
            return parse(chars[..length], out value);
        }

        value = default!;
        return false;
    }

    /// <summary>Parses <paramref name="text"/> whole, as <see cref="TryParseAscii"/> needs.</summary>
    public delegate bool CharParse<T>(ReadOnlySpan<char> text, out T value);

    public static string Text(ref BsdfReader reader, string typeName)
    {
        var start = reader.Position;
        return reader.ReadString() ?? BsdfThrow.Invalid<string>($"Expected a string for {typeName} but found null", start);
    }

    /// <summary>Reads a string and parses it, reporting a format error at the value.</summary>
    public static T Parsed<T>(ref BsdfReader reader, string typeName, Func<string, IFormatProvider, T> parse)
    {
        var start = reader.Position;
        var text = Text(ref reader, typeName);
        try
        {
            return parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return BsdfThrow.Invalid<T>($"'{text}' is not a valid {typeName}", start);
        }
        catch (OverflowException)
        {
            return BsdfThrow.Invalid<T>($"'{text}' is out of range for {typeName}", start);
        }
    }
}
