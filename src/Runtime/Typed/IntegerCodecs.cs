using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><see cref="sbyte"/> as a BSDF integer.</summary>
public readonly struct SByteCodec : IBsdfCodec<sbyte>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, sbyte value, BsdfContext context) => writer.WriteInt64(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, sbyte value, BsdfContext context) => BsdfEncoding.WriteInt64(destination, value);

    /// <inheritdoc />
    public static sbyte Read(ref BsdfReader reader, BsdfContext context) => (sbyte)TypedRead.Integer(ref reader, sbyte.MinValue, sbyte.MaxValue, "SByte");
}

/// <summary><see cref="byte"/> as a BSDF integer.</summary>
public readonly struct ByteCodec : IBsdfCodec<byte>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, byte value, BsdfContext context) => writer.WriteInt64(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, byte value, BsdfContext context) => BsdfEncoding.WriteInt64(destination, value);

    /// <inheritdoc />
    public static byte Read(ref BsdfReader reader, BsdfContext context) => (byte)TypedRead.Integer(ref reader, byte.MinValue, byte.MaxValue, "Byte");
}

/// <summary><see cref="short"/> as a BSDF integer.</summary>
public readonly struct Int16Codec : IBsdfCodec<short>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, short value, BsdfContext context) => writer.WriteInt64(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, short value, BsdfContext context) => BsdfEncoding.WriteInt64(destination, value);

    /// <inheritdoc />
    public static short Read(ref BsdfReader reader, BsdfContext context) => (short)TypedRead.Integer(ref reader, short.MinValue, short.MaxValue, "Int16");
}

/// <summary><see cref="ushort"/> as a BSDF integer.</summary>
public readonly struct UInt16Codec : IBsdfCodec<ushort>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, ushort value, BsdfContext context) => writer.WriteInt64(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, ushort value, BsdfContext context) => BsdfEncoding.WriteInt64(destination, value);

    /// <inheritdoc />
    public static ushort Read(ref BsdfReader reader, BsdfContext context) => (ushort)TypedRead.Integer(ref reader, ushort.MinValue, ushort.MaxValue, "UInt16");
}

/// <summary><see cref="int"/> as a BSDF integer.</summary>
public readonly struct Int32Codec : IBsdfCodec<int>
{
    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Write(ref BsdfWriter writer, int value, BsdfContext context) => writer.WriteInt64(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, int value, BsdfContext context) => BsdfEncoding.WriteInt64(destination, value);

    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Read(ref BsdfReader reader, BsdfContext context) => (int)TypedRead.Integer(ref reader, int.MinValue, int.MaxValue, "Int32");
}

/// <summary><see cref="uint"/> as a BSDF integer.</summary>
public readonly struct UInt32Codec : IBsdfCodec<uint>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, uint value, BsdfContext context) => writer.WriteInt64(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, uint value, BsdfContext context) => BsdfEncoding.WriteInt64(destination, value);

    /// <inheritdoc />
    public static uint Read(ref BsdfReader reader, BsdfContext context) => (uint)TypedRead.Integer(ref reader, uint.MinValue, uint.MaxValue, "UInt32");
}

/// <summary><see cref="long"/> as a BSDF integer.</summary>
public readonly struct Int64Codec : IBsdfCodec<long>
{
    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Write(ref BsdfWriter writer, long value, BsdfContext context) => writer.WriteInt64(value);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which has room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes (for generated serializers, see <see cref="BsdfWriter.ReserveBytes"/>).</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">The call's context.</param>
    /// <returns>The bytes written.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, long value, BsdfContext context) => BsdfEncoding.WriteInt64(destination, value);

    /// <inheritdoc />
    public static long Read(ref BsdfReader reader, BsdfContext context) => reader.ReadInt64();
}

/// <summary><see cref="ulong"/> as a BSDF integer (values above <see cref="long.MaxValue"/> cannot be written).</summary>
public readonly struct UInt64Codec : IBsdfCodec<ulong>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, ulong value, BsdfContext context) =>
        writer.WriteInt64(value <= long.MaxValue ? (long)value : throw new BsdfException($"The integer {value} does not fit in BSDF's signed 64 bits"));

    /// <inheritdoc />
    public static ulong Read(ref BsdfReader reader, BsdfContext context) => (ulong)TypedRead.Integer(ref reader, 0, long.MaxValue, "UInt64");
}
