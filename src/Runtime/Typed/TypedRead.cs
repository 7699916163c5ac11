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
