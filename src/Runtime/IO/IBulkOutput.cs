namespace BsdfGen.IO;

/// <summary>
/// An output that takes a large run of bytes (a blob's data) in one piece instead of through
/// <see cref="System.Buffers.IBufferWriter{T}.GetSpan"/>: a stream writes it straight through, a sizing pass only counts it.
/// </summary>
internal interface IBulkOutput
{
    /// <summary>True while the output only counts bytes (their content is thrown away), so that costly content such as a checksum can be skipped.</summary>
    bool IsSizing { get; }

    /// <summary>
    /// Announces <paramref name="size"/> bytes of bulk data plus a header of at most <paramref name="headerSize"/> bytes before it;
    /// <paramref name="countable"/> is false when counting instead of writing would not save work (compressed data, compressed again).
    /// </summary>
    void BeginBulk(long size, int headerSize, bool countable);

    /// <summary>Appends <paramref name="data"/> after everything committed so far.</summary>
    void WriteBulk(ReadOnlySpan<byte> data);
}
