namespace BsdfGen.Codecs.Lz4;

/// <summary>
/// The one check LZ4's safe decoder leaves out: a match offset of 0, which points at the byte being written.
/// </summary>
internal static class Lz4MatchOffsets
{
    private const int RunMask = 15;

    /// <summary>
    /// Walks the sequences of a block the decoder has accepted (so every length lies within it) and rejects the first
    /// match offset of 0.
    /// </summary>
    /// <exception cref="InvalidDataException">A sequence has match offset 0.</exception>
    public static void RejectOffsetZero(ReadOnlySpan<byte> block)
    {
        var at = 0;
        while (true)
        {
            int token = block[at++];
            var literalLength = token >> 4;
            if (literalLength == RunMask)
            {
                literalLength += SkipLengthBytes(block, ref at);
            }

            at += literalLength;
            if (at >= block.Length)
            {
                return;
            }

            if (block[at] == 0 && block[at + 1] == 0)
            {
                throw new InvalidDataException($"Malformed LZ4 block at input offset {at}: match offset 0");
            }

            at += 2;
            if ((token & RunMask) == RunMask)
            {
                SkipLengthBytes(block, ref at);
            }
        }
    }

    private static int SkipLengthBytes(ReadOnlySpan<byte> block, ref int at)
    {
        var length = 0;
        int next;
        do
        {
            next = block[at++];
            length += next;
        }
        while (next == 255);

        return length;
    }
}
