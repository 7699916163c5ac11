using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace BsdfGen.Wire;

/// <summary>
/// Encodes keys and scalars of a bounded size at the start of a span, as <see cref="BsdfWriter"/> writes them: generated
/// serializers write a run of such members into one <see cref="BsdfWriter.ReserveBytes"/> span, counting in a local instead
/// of updating the writer after every key and value.
/// </summary>
public static class BsdfEncoding
{
    /// <summary>The most bytes <see cref="WriteInt64"/>, <see cref="WriteFloat64"/> and the other scalar writers take.</summary>
    public const int MaxScalarSize = 9;

    /// <summary>Writes a mapping key of 1 to 250 UTF-8 bytes (its size byte and the bytes); returns the bytes written.</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="utf8Key">The key.</param>
    /// <exception cref="ArgumentException">The key is empty or longer than 250 bytes, or does not fit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteKey(Span<byte> destination, scoped ReadOnlySpan<byte> utf8Key)
    {
        if (utf8Key.Length is 0 or > BsdfSizeMarkers.MaxSmall)
        {
            throw new ArgumentException("A key written in place has 1 to 250 bytes", nameof(utf8Key));
        }

        destination[0] = (byte)utf8Key.Length;
        utf8Key.CopyTo(destination[1..]);
        return 1 + utf8Key.Length;
    }

    /// <summary>Writes an integer: <c>h</c> for −32768..32767, otherwise <c>i</c> (as the reference does); returns the bytes written.</summary>
    /// <param name="destination">Where it goes (9 bytes of room).</param>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteInt64(Span<byte> destination, long value)
    {
        if (value is >= short.MinValue and <= short.MaxValue)
        {
            BinaryPrimitives.WriteInt16LittleEndian(destination.Slice(1, 2), (short)value);
            destination[0] = BsdfTypeIds.Int16;
            return 3;
        }

        BinaryPrimitives.WriteInt64LittleEndian(destination.Slice(1, 8), value);
        destination[0] = BsdfTypeIds.Int64;
        return 9;
    }

    /// <summary>Writes a boolean (<c>y</c> / <c>n</c>); returns 1.</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteBoolean(Span<byte> destination, bool value)
    {
        destination[0] = value ? BsdfTypeIds.True : BsdfTypeIds.False;
        return 1;
    }

    /// <summary>Writes a 64-bit float (<c>d</c>); returns 9.</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteFloat64(Span<byte> destination, double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(destination.Slice(1, 8), value);
        destination[0] = BsdfTypeIds.Float64;
        return 9;
    }

    /// <summary>Writes a 32-bit float (<c>f</c>); returns 5.</summary>
    /// <param name="destination">Where it goes.</param>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteFloat32(Span<byte> destination, float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(destination.Slice(1, 4), value);
        destination[0] = BsdfTypeIds.Float32;
        return 5;
    }
}
