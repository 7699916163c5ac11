using System.Globalization;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><see cref="string"/> (null as <c>v</c>).</summary>
public readonly struct StringCodec : IBsdfCodec<string?>
{
    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Write(ref BsdfWriter writer, string? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteString(value);
        }
    }

    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static string? Read(ref BsdfReader reader, BsdfContext context) => reader.ReadString();
}

/// <summary><see cref="char"/> as a one-character string.</summary>
public readonly struct CharCodec : IBsdfCodec<char>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, char value, BsdfContext context) => writer.WriteString([value]);

    /// <inheritdoc />
    public static char Read(ref BsdfReader reader, BsdfContext context)
    {
        var start = reader.Position;
        var text = TypedRead.Text(ref reader, "Char");
        return text.Length == 1 ? text[0] : BsdfThrow.Invalid<char>($"Expected a one-character string for Char, not {text.Length} characters", start);
    }
}

/// <summary>
/// <see cref="decimal"/> as its invariant-culture string (e.g. <c>"12.340"</c>): exact, scale
/// included, which no BSDF number type can promise. Integers and floats are accepted on read.
/// </summary>
public readonly struct DecimalCodec : IBsdfCodec<decimal>, IUtf8TextParser<decimal>
{
    private const NumberStyles Style = NumberStyles.Number | NumberStyles.AllowExponent;

    static bool IUtf8TextParser<decimal>.TryParse(ReadOnlySpan<byte> utf8, out decimal value) =>
        DecimalText.TryParseShort(utf8, out value) || decimal.TryParse(utf8, Style, CultureInfo.InvariantCulture, out value);

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, decimal value, BsdfContext context) =>
        TypedWrite.Formatted(ref writer, new DecimalText.Written(value), value, "G");

    /// <inheritdoc />
    public static decimal Read(ref BsdfReader reader, BsdfContext context)
    {
        var start = reader.Position;
        switch (reader.PeekKind())
        {
            case BsdfValueKind.Int16 or BsdfValueKind.Int64:
                return reader.ReadInt64();
            case BsdfValueKind.Float32 or BsdfValueKind.Float64:
                var number = reader.ReadDouble();
                return double.IsFinite(number) && Math.Abs(number) <= (double)decimal.MaxValue
                    ? (decimal)number
                    : BsdfThrow.Invalid<decimal>($"The number {number} does not fit in Decimal", start);
            default:
                return TypedRead.TryParseUtf8<decimal, DecimalCodec>(ref reader, out var parsed)
                    ? parsed
                    : TypedRead.Parsed(ref reader, "Decimal", static (text, culture) => decimal.Parse(text, Style, culture));
        }
    }
}

/// <summary><see cref="Guid"/> as its 36-character string (<c>"D"</c> format).</summary>
public readonly struct GuidCodec : IBsdfCodec<Guid>, IUtf8TextParser<Guid>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, Guid value, BsdfContext context) => TypedWrite.Formatted(ref writer, value, "D");

    /// <inheritdoc />
    public static Guid Read(ref BsdfReader reader, BsdfContext context) =>
        TypedRead.TryParseUtf8<Guid, GuidCodec>(ref reader, out var parsed)
            ? parsed
            : TypedRead.Parsed(ref reader, "Guid", static (text, _) => Guid.Parse(text));

    static bool IUtf8TextParser<Guid>.TryParse(ReadOnlySpan<byte> utf8, out Guid value) => GuidText.TryParse(utf8, out value);
}
