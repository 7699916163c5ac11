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
        codec ??= Lz4BlockCodec.Instance;
        var buffer = ArrayPool<byte>.Shared.Rent(PrefixLength + codec.MaxCompressedLength(raw.Length));
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer, raw.Length);
            var written = codec.Compress(raw, buffer.AsSpan(PrefixLength));
            return buffer.AsSpan(0, PrefixLength + written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static byte[] Decompress(ReadOnlySpan<byte> framed, int maxDecompressedSize, ILz4BlockCodec? codec = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecompressedSize);
        if (framed.Length < PrefixLength)
        {
            throw new InvalidDataException($"LZ4 data of {framed.Length} bytes is too short for its 4-byte size prefix");
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(framed);
        var block = framed[PrefixLength..];
        if (size < 0)
        {
            throw new InvalidDataException($"The LZ4 size prefix declares a negative size ({size})");
        }

        if (size > maxDecompressedSize)
        {
            throw new InvalidDataException($"The LZ4 size prefix declares {size} bytes, over the limit of {maxDecompressedSize}");
        }

        if (size > (long)block.Length * MaxExpansion)
        {
            throw new InvalidDataException(
                $"The LZ4 size prefix declares {size} bytes, more than a {block.Length}-byte block can expand to");
        }

        var result = GC.AllocateUninitializedArray<byte>(size);
        var written = (codec ?? Lz4BlockCodec.Instance).Decompress(block, result);
        if (written != size)
        {
            throw new InvalidDataException($"The LZ4 block decompressed to {written} bytes, but its size prefix declares {size}");
        }

        return result;
    }
}
