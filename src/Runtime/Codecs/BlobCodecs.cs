using System.Buffers;
using BsdfGen.Limits;
using BsdfGen.Wire;

namespace BsdfGen.Codecs;

/// <summary>Finds the codec for a compression id and turns codec failures into <see cref="BsdfException"/>.</summary>
internal static class BlobCodecs
{
    private static readonly IBlobCodec Zlib = new ZlibBlobCodec();
    private static readonly IBlobCodec Bz2 = new Bz2BlobCodec();

    public static void Compress(BsdfCompression compression, ReadOnlySpan<byte> source, IBufferWriter<byte> destination) =>
        For(compression).Compress(source, destination);

    /// <summary>Decompresses a blob's used bytes into a new array of its declared data size.</summary>
    /// <param name="compression">The blob's compression.</param>
    /// <param name="used">The used (compressed) bytes.</param>
    /// <param name="dataSize">The declared decompressed size.</param>
    /// <param name="options">The limits: <see cref="BsdfOptions.MaxBlobSize"/> and the decode budget.</param>
    /// <param name="offset">The blob's offset, for error messages.</param>
    public static byte[] Decompress(BsdfCompression compression, ReadOnlySpan<byte> used, long dataSize, BsdfOptions options, long offset)
    {
        if (compression == BsdfCompression.None)
        {
            // Overwritten at once: not zeroed first.
            var copy = GC.AllocateUninitializedArray<byte>(used.Length);
            used.CopyTo(copy);
            return copy;
        }

        if (dataSize > options.MaxBlobSize)
        {
            BsdfThrow.LimitExceeded($"Blob declares {dataSize} decompressed bytes, over the limit of {options.MaxBlobSize}", nameof(BsdfOptions.MaxBlobSize), offset);
        }

        DecodeBudget.Charge(dataSize, options, $"a {compression} blob", offset);

        try
        {
            return For(compression).Decompress(used, (int)dataSize);
        }
        catch (Exception error) when (error is not OutOfMemoryException and not OperationCanceledException)
        {
            // The decompressors (SharpZipLib's bzip2 in particular) throw index and argument errors on corrupt
            // input; at this boundary every failure means the blob is corrupt.
            throw new BsdfException($"Corrupt {compression} blob: {error.Message}", offset, error);
        }
    }

    private static IBlobCodec For(BsdfCompression compression) => compression switch
    {
        BsdfCompression.Zlib => Zlib,
        BsdfCompression.Bz2 => Bz2,
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "not a compression method"),
    };
}
