namespace BsdfGen.Wire;

/// <summary>
/// The header of a blob as read from the wire, with the absolute offsets of its fields so that a
/// lazy handle can later read the data or rewrite the sizes and checksum in place.
/// </summary>
public readonly struct BsdfBlobHeader
{
    internal BsdfBlobHeader(
        long allocatedSize, long usedSize, long dataSize, BsdfCompression compression, byte[]? checksum,
        int alignment, long usedSizeOffset, long dataSizeOffset, int dataSizeWidth, long checksumOffset, long dataOffset)
    {
        AllocatedSize = allocatedSize;
        UsedSize = usedSize;
        DataSize = dataSize;
        Compression = compression;
        Checksum = checksum;
        Alignment = alignment;
        UsedSizeOffset = usedSizeOffset;
        DataSizeOffset = dataSizeOffset;
        DataSizeWidth = dataSizeWidth;
        ChecksumOffset = checksumOffset;
        DataOffset = dataOffset;
    }

    /// <summary>The space reserved for the data, in bytes.</summary>
    public long AllocatedSize { get; }

    /// <summary>The bytes in use (compressed size when compressed).</summary>
    public long UsedSize { get; }

    /// <summary>The size of the data after decompression.</summary>
    public long DataSize { get; }

    /// <summary>The compression of the used bytes.</summary>
    public BsdfCompression Compression { get; }

    /// <summary>The 16-byte MD5 of the used bytes, or null when the blob has none.</summary>
    public byte[]? Checksum { get; }

    /// <summary>The number of padding bytes between the header and the data.</summary>
    public int Alignment { get; }

    /// <summary>The absolute offset of the first data byte.</summary>
    public long DataOffset { get; }

    /// <summary>The absolute offset of the <c>used_size</c> field.</summary>
    internal long UsedSizeOffset { get; }

    /// <summary>The absolute offset of the <c>data_size</c> field (the <c>used_size</c> field fills the gap before it).</summary>
    internal long DataSizeOffset { get; }

    /// <summary>The width of the <c>data_size</c> field: 1 or 9 bytes.</summary>
    internal int DataSizeWidth { get; }

    /// <summary>The absolute offset of the 16 checksum bytes, or -1.</summary>
    internal long ChecksumOffset { get; }

    /// <summary>The absolute offset just past the allocated space (where the next value starts).</summary>
    public long EndOffset => DataOffset + AllocatedSize;
}
