using System.Buffers;

namespace BsdfGen.Codecs;

/// <summary>A compression method for blob bytes. One implementation per <see cref="BsdfCompression"/> id.</summary>
internal interface IBlobCodec
{
    /// <summary>Compresses <paramref name="source"/> and appends the result to <paramref name="destination"/>.</summary>
    void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination);

    /// <summary>
    /// Decompresses <paramref name="source"/>, which must expand to exactly <paramref name="expectedSize"/>
    /// bytes; throws <see cref="InvalidDataException"/> when the stream is corrupt or its size differs.
    /// The output array is allocated uninitialized at the declared size (which the caller has checked against its
    /// limits), so resident memory grows with the output actually produced.
    /// </summary>
    byte[] Decompress(ReadOnlySpan<byte> source, int expectedSize);
}
