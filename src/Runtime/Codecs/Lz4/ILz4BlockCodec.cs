namespace BsdfGen.Codecs.Lz4;

/// <summary>
/// A codec for single, independent LZ4 blocks (no frame, no size prefix). The seam behind which a packaged
/// LZ4 implementation plugs in; <see cref="K4osLz4BlockCodec"/> is the one in use.
/// </summary>
internal interface ILz4BlockCodec
{
    /// <summary>The largest block <see cref="Compress"/> can produce for an input of <paramref name="inputLength"/> bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or too large for one LZ4 block.</exception>
    int MaxCompressedLength(int inputLength);

    /// <summary>Compresses <paramref name="source"/> into one LZ4 block.</summary>
    /// <param name="source">The bytes to compress.</param>
    /// <param name="destination">Receives the block; must hold at least <see cref="MaxCompressedLength"/> bytes.</param>
    /// <returns>The number of bytes written to <paramref name="destination"/>.</returns>
    int Compress(ReadOnlySpan<byte> source, Span<byte> destination);

    /// <summary>Decompresses the LZ4 block <paramref name="source"/>, which must be consumed exactly.</summary>
    /// <param name="source">The whole block.</param>
    /// <param name="destination">Receives the decompressed bytes; the output may not exceed it.</param>
    /// <returns>The number of bytes written to <paramref name="destination"/>.</returns>
    /// <exception cref="InvalidDataException">The block is malformed or decompresses to more than <paramref name="destination"/> holds.</exception>
    int Decompress(ReadOnlySpan<byte> source, Span<byte> destination);
}
