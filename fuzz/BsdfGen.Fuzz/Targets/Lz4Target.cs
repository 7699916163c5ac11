using BsdfGen.Codecs.Lz4;

namespace BsdfGen.Fuzz.Targets;

/// <summary>
/// The LZ4 seam (<see cref="ILz4BlockCodec"/>, whichever implementation is behind it): size-prefixed and raw blocks
/// decoded, and the input compressed and decompressed back to itself.
/// </summary>
internal static class Lz4Target
{
    private const int MaxDecompressedSize = 16 << 20;

    // The implementation the runtime's frames use; the target only calls it through the seam.
    private static readonly ILz4BlockCodec Codec = K4osLz4BlockCodec.Instance;

    public static FuzzTarget Create() => new(
        "lz4",
        "ILz4BlockCodec: a size-prefixed block, a raw block into a small buffer, and a compress/decompress round trip",
        [
            data => Lz4SizePrefixedBlock.Decompress(data, MaxDecompressedSize, Codec),
            data => Codec.Decompress(data, new byte[(data.Length * 4) + 16]),
            RoundTrip,
        ],
        error => error is InvalidDataException,
        SampleSeeds.Lz4Blocks);

    private static void RoundTrip(byte[] data)
    {
        var compressed = new byte[Codec.MaxCompressedLength(data.Length)];
        var length = Codec.Compress(data, compressed);
        var restored = new byte[data.Length];
        var written = Codec.Decompress(compressed.AsSpan(0, length), restored);
        if (written != data.Length || !restored.AsSpan().SequenceEqual(data))
        {
            throw new FuzzFindingException($"LZ4 round trip of {data.Length} bytes gave {written} different bytes");
        }
    }
}
