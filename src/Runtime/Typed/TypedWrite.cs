using System.Globalization;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>Writes shared by the typed codecs.</summary>
internal static class TypedWrite
{
    /// <summary>Writes a value's invariant text form as a string, formatted on the stack (no allocation).</summary>
    public static void Formatted<T>(ref BsdfWriter writer, T value, string? format)
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
}
