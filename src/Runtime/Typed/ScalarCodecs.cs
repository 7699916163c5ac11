using System.Numerics;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><see cref="bool"/> as <c>y</c> / <c>n</c>.</summary>
public readonly struct BooleanCodec : IBsdfCodec<bool>
{
    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Write(ref BsdfWriter writer, bool value, BsdfContext context) => writer.WriteBoolean(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, bool value, BsdfContext context) => BsdfEncoding.WriteBoolean(destination, value);

    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Read(ref BsdfReader reader, BsdfContext context) => reader.ReadBoolean();
}

/// <summary><see cref="double"/> as a BSDF float (64-bit unless <see cref="BsdfOptions.Float64"/> is off); integers are accepted on read.</summary>
public readonly struct DoubleCodec : IBsdfCodec<double>
{
    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Write(ref BsdfWriter writer, double value, BsdfContext context) => context.WriteFloat(ref writer, value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, double value, BsdfContext context) => context.WriteFloat(destination, value);

    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double Read(ref BsdfReader reader, BsdfContext context) => reader.ReadDouble();
}

/// <summary><see cref="float"/> as a BSDF float (written like <see cref="double"/>, as the dynamic encoder does).</summary>
public readonly struct SingleCodec : IBsdfCodec<float>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, float value, BsdfContext context) => context.WriteFloat(ref writer, value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, float value, BsdfContext context) => context.WriteFloat(destination, value);

    /// <inheritdoc />
    public static float Read(ref BsdfReader reader, BsdfContext context) => (float)reader.ReadDouble();
}

/// <summary><see cref="Half"/> as a BSDF float.</summary>
public readonly struct HalfCodec : IBsdfCodec<Half>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, Half value, BsdfContext context) => context.WriteFloat(ref writer, (double)value);

    /// <inheritdoc />
    public static Half Read(ref BsdfReader reader, BsdfContext context) => (Half)reader.ReadDouble();
}

/// <summary><see cref="Complex"/> with the standard <c>c</c> extension: <c>[real, imag]</c>.</summary>
public readonly struct ComplexCodec : IBsdfCodec<Complex>
{
    private static readonly BsdfExtensionName Name = BsdfExtensionName.Get("c");

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, Complex value, BsdfContext context)
    {
        writer.WriteExtensionName(Name);
        writer.WriteListHeader(2);
        context.WriteFloat(ref writer, value.Real);
        context.WriteFloat(ref writer, value.Imaginary);
    }

    /// <inheritdoc />
    public static Complex Read(ref BsdfReader reader, BsdfContext context)
    {
        var start = reader.Position;
        if (reader.ReadValueHeader() != BsdfValueKind.List || reader.ReadListBody(out _) != 2)
        {
            BsdfThrow.Invalid("Expected a complex number as a list [real, imag]", start);
        }

        return new Complex(reader.ReadDouble(), reader.ReadDouble());
    }
}
