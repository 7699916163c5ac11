using K4os.Compression.LZ4;

namespace BsdfGen.Codecs.Lz4;

/// <summary>
/// LZ4 blocks through K4os.Compression.LZ4 in its default fast mode, with liblz4's handling of the empty block on
/// both sides (an empty input compresses to one empty-literal token; an empty block is malformed), and match offset 0
/// rejected: the decoder accepts it and would copy whatever the destination held, so such a block has no meaning.
/// </summary>
internal sealed class K4osLz4BlockCodec : ILz4BlockCodec
{
    public static readonly K4osLz4BlockCodec Instance = new();

    // LZ4_MAX_INPUT_SIZE: the largest input one block may hold.
    private const int MaxInputLength = 0x7E000000;

    public int MaxCompressedLength(int inputLength)
    {
        if ((uint)inputLength > MaxInputLength)
        {
            throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, $"An LZ4 block holds 0 to {MaxInputLength} bytes");
        }

        return LZ4Codec.MaximumOutputSize(inputLength);
    }

    public int Compress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var bound = MaxCompressedLength(source.Length);
        if (destination.Length < bound)
        {
            throw new ArgumentException(
                $"Compressing {source.Length} bytes needs a destination of MaxCompressedLength = {bound} bytes, not {destination.Length}",
                nameof(destination));
        }

        if (source.IsEmpty)
        {
            destination[0] = 0;
            return 1;
        }

        return LZ4Codec.Encode(source, destination);
    }

    public int Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (source.IsEmpty)
        {
            throw new InvalidDataException("Malformed LZ4 block: it is empty (a block ends with a literal token)");
        }

        if (source is [0])
        {
            return 0;
        }

        var written = LZ4Codec.Decode(source, destination);
        if (written < 0)
        {
            throw new InvalidDataException(
                $"Malformed LZ4 block of {source.Length} bytes: it is cut short, refers before the start of its output, "
                + $"does not end with literals, or decompresses to more than the {destination.Length} bytes expected");
        }

        Lz4MatchOffsets.RejectOffsetZero(source);
        return written;
    }
}
