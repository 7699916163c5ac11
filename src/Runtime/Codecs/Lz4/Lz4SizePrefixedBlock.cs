using System.Buffers;
using System.Buffers.Binary;

namespace BsdfGen.Codecs.Lz4;

/// <summary>
/// One LZ4 block after its decompressed size as a 4-byte little-endian integer: the framing of Python's
/// <c>lz4.block.compress(data)</c> (store_size=True), which the BSDF dataframe extension uses.
/// </summary>
internal static class Lz4SizePrefixedBlock
{
    private const int PrefixLength = 4;

    // No byte of a block yields more than 255 output bytes, so a larger declared size cannot be genuine.
    private const int MaxExpansion = 255;

    public static byte[] Compress(ReadOnlySpan<byte> raw, ILz4BlockCodec? codec = null)
    {
        codec ??= K4osLz4BlockCodec.Instance;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxFramedLength(raw.Length, codec));
        try
        {
            var written = CompressInto(raw, buffer, codec);
            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The largest result of <see cref="CompressInto"/> for <paramref name="rawLength"/> bytes.</summary>
    public static int MaxFramedLength(int rawLength, ILz4BlockCodec? codec = null) =>
        PrefixLength + (codec ?? K4osLz4BlockCodec.Instance).MaxCompressedLength(rawLength);

    /// <summary>Writes the size prefix and the block into <paramref name="destination"/> (at least <see cref="MaxFramedLength"/> bytes).</summary>
    /// <returns>The number of bytes written.</returns>
    public static int CompressInto(ReadOnlySpan<byte> raw, Span<byte> destination, ILz4BlockCodec? codec = null)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, raw.Length);
        return PrefixLength + (codec ?? K4osLz4BlockCodec.Instance).Compress(raw, destination[PrefixLength..]);
    }

    public static byte[] Decompress(ReadOnlySpan<byte> framed, int maxDecompressedSize, ILz4BlockCodec? codec = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecompressedSize);
        var size = DeclaredSize(framed);
        if (size > maxDecompressedSize)
        {
            throw new InvalidDataException($"The LZ4 size prefix declares {size} bytes, over the limit of {maxDecompressedSize}");
        }

        var result = GC.AllocateUninitializedArray<byte>(size);
        DecompressInto(framed, result, codec);
        return result;
    }

    /// <summary>
    /// The decompressed size the prefix declares, checked to be neither negative nor more than the block can expand
    /// to, so that a caller may allocate it.
    /// </summary>
    public static int DeclaredSize(ReadOnlySpan<byte> framed)
    {
        if (framed.Length < PrefixLength)
        {
            throw new InvalidDataException($"LZ4 data of {framed.Length} bytes is too short for its 4-byte size prefix");
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(framed);
        if (size < 0)
        {
            throw new InvalidDataException($"The LZ4 size prefix declares a negative size ({size})");
        }

        var blockLength = framed.Length - PrefixLength;
        if (size > (long)blockLength * MaxExpansion)
        {
            throw new InvalidDataException(
                $"The LZ4 size prefix declares {size} bytes, more than a {blockLength}-byte block can expand to");
        }

        return size;
    }

    /// <summary>Decompresses into <paramref name="destination"/>, whose length must be the declared size; the block must fill it exactly.</summary>
    public static void DecompressInto(ReadOnlySpan<byte> framed, Span<byte> destination, ILz4BlockCodec? codec = null)
    {
        var size = DeclaredSize(framed);
        if (size != destination.Length)
        {
            throw new InvalidDataException($"The LZ4 size prefix declares {size} bytes, but {destination.Length} are expected");
        }

        var written = (codec ?? K4osLz4BlockCodec.Instance).Decompress(framed[PrefixLength..], destination);
        if (written != size)
        {
            throw new InvalidDataException($"The LZ4 block decompressed to {written} bytes, but its size prefix declares {size}");
        }
    }
}
