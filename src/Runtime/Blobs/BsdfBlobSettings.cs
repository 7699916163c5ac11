namespace BsdfGen;

/// <summary>How a blob is written: compression, checksum, spare space and alignment.</summary>
public readonly record struct BsdfBlobSettings
{
    /// <summary>The alignment every implementation uses: 8 bytes.</summary>
    public const int DefaultAlignment = 8;

    /// <summary>The largest alignment the format allows: 256 bytes.</summary>
    public const int MaxAlignment = 256;

    private readonly int _alignment;

    /// <summary>Plain uncompressed blobs with 8-byte alignment.</summary>
    public static BsdfBlobSettings Default => default;

    /// <summary>The compression of the stored bytes.</summary>
    public BsdfCompression Compression { get; init; }

    /// <summary>Whether to store the MD5 of the used bytes.</summary>
    public bool UseChecksum { get; init; }

    /// <summary>Spare bytes allocated after the data, so the blob can grow in place.</summary>
    public int ExtraSize { get; init; }

    /// <summary>
    /// The boundary (a power of two from 8 to 256; 8 when not set) at which the data of an uncompressed
    /// blob starts, counted from the start of the file. Compressed blobs are never padded.
    /// </summary>
    public int Alignment
    {
        get => _alignment == 0 ? DefaultAlignment : _alignment;
        init => _alignment = value;
    }

    /// <summary>True for <see cref="Default"/>: no compression, checksum or spare space, and 8-byte alignment.</summary>
    internal bool IsDefault => Compression == BsdfCompression.None && !UseChecksum && ExtraSize == 0 && Alignment == DefaultAlignment;

    /// <summary>Throws when the settings cannot be written.</summary>
    /// <exception cref="BsdfException">An alignment that is not a power of two in 8..256, negative spare space, or an unknown compression.</exception>
    public void Validate()
    {
        var alignment = Alignment;
        if (alignment < DefaultAlignment || alignment > MaxAlignment || (alignment & (alignment - 1)) != 0)
        {
            throw new BsdfException($"Blob alignment must be a power of two from 8 to 256, not {alignment}");
        }

        if (ExtraSize < 0)
        {
            throw new BsdfException($"Blob extra size must not be negative, not {ExtraSize}");
        }

        if (Compression > BsdfCompression.Bz2)
        {
            throw new BsdfException($"Unknown blob compression {(int)Compression}");
        }
    }
}
