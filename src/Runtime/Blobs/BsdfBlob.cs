namespace BsdfGen;

/// <summary>
/// Bytes to be written as a blob with explicit settings (compression, checksum, spare space,
/// alignment). Plain <c>byte[]</c> values are written with the serializer's defaults instead.
/// </summary>
public sealed class BsdfBlob
{
    /// <summary>Wraps bytes with settings.</summary>
    /// <param name="data">The bytes (not copied).</param>
    /// <param name="settings">How to write them.</param>
    public BsdfBlob(ReadOnlyMemory<byte> data, BsdfBlobSettings settings = default)
    {
        settings.Validate();
        Data = data;
        Settings = settings;
    }

    /// <summary>Wraps bytes with the settings the Python reference's <c>Blob</c> takes.</summary>
    /// <param name="data">The bytes (not copied).</param>
    /// <param name="compression">The compression.</param>
    /// <param name="extraSize">Spare bytes allocated after the data.</param>
    /// <param name="useChecksum">Whether to store an MD5 checksum.</param>
    public BsdfBlob(ReadOnlyMemory<byte> data, BsdfCompression compression, int extraSize = 0, bool useChecksum = false)
        : this(data, new BsdfBlobSettings { Compression = compression, ExtraSize = extraSize, UseChecksum = useChecksum })
    {
    }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>How they are written.</summary>
    public BsdfBlobSettings Settings { get; }
}
