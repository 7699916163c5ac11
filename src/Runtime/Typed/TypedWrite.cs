using System.Globalization;
using System.Runtime.CompilerServices;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>Writes shared by the typed codecs.</summary>
internal static class TypedWrite
{
    /// <summary>Writes a value's invariant text form as a string, formatted on the stack (no allocation).</summary>
    public static void Formatted<T>(ref BsdfWriter writer, T value, string? format)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        // Straight to UTF-8 in the output: the same text as formatting to chars and encoding them, without the second pass.
        if (!writer.TryWriteFormattedString(value, format))
        {
            FormattedAsChars(ref writer, value, format);
        }
    }

    /// <summary>The rare path (a pending extension name, or text longer than the UTF-8 room), out of line: its stack buffer kept the fast path from tiering.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FormattedAsChars<T>(ref BsdfWriter writer, T value, string? format)
        where T : ISpanFormattable
    {
        Span<char> text = stackalloc char[64];
        if (value.TryFormat(text, out var written, format, CultureInfo.InvariantCulture))
        {
            writer.WriteString(text[..written]);
        }
        else
        {
            writer.WriteString(value.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Writes the text <paramref name="fast"/> formats (a hand-written formatter of exactly the text <paramref name="value"/>
    /// formats as <paramref name="format"/>), or, when it declines, <paramref name="value"/>'s own.
    /// </summary>
    public static void Formatted<TFast, T>(ref BsdfWriter writer, TFast fast, T value, string format)
        where TFast : IUtf8SpanFormattable
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        if (!writer.TryWriteFormattedString(fast, null))
        {
            Formatted(ref writer, value, format);
        }
    }
}
