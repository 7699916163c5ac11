using System.Diagnostics;
using BsdfGen.Limits;

namespace BsdfGen;

/// <summary>What the decoder does with a value tagged by an extension it does not know.</summary>
public enum UnknownExtensionHandling
{
    /// <summary>
    /// Decode it as a <see cref="BsdfExtensionValue"/> holding the name and the plain value, so that
    /// encoding it again writes the same tag (the default: nothing is lost).
    /// </summary>
    Preserve,
    /// <summary>Decode it as its plain value and drop the name (what the Python reference does).</summary>
    Unwrap,
}

/// <summary>
/// Options for encoding and decoding. Immutable: derive variations with <c>with</c>, e.g.
/// <c>BsdfOptions.Default with { Compression = BsdfCompression.Zlib }</c>.
/// </summary>
public sealed record BsdfOptions
{
    /// <summary>The default options (as the reference implementation's defaults).</summary>
    public static BsdfOptions Default { get; } = new();

    /// <summary>
    /// The options for data from outside (files, uploads, the network): every limit set so that decoding any input
    /// costs at most a small multiple of its length plus about 64 MiB — nesting 64 deep, 64 MiB decoded beyond the
    /// input in total (<see cref="MaxDecodedBytes"/>) and per blob, 16 Mi items per list or mapping and rows per data
    /// frame, 16 MiB per string. Going over a limit is a <see cref="BsdfException"/> naming the option that lifts it;
    /// derive variations with <c>with</c>.
    /// </summary>
    public static BsdfOptions Untrusted { get; } = new()
    {
        MaxDepth = 64,
        MaxBlobSize = UntrustedDecodedBytes,
        MaxDecodedBytes = UntrustedDecodedBytes,
        MaxCollectionCount = 1 << 24,
        MaxFrameRows = 1 << 24,
        MaxStringLength = 16 << 20,
    };

    private const long UntrustedDecodedBytes = 64L << 20;

    /// <summary>Compression for byte arrays and arrays written as blobs (not for <see cref="BsdfBlob"/>, which carries its own). Default none.</summary>
    public BsdfCompression Compression { get; init; } = BsdfCompression.None;

    /// <summary>Whether blobs written from byte arrays carry an MD5 checksum. Default false.</summary>
    public bool UseChecksum { get; init; }

    /// <summary>Write floating-point numbers as 64-bit (<c>d</c>, the default) or, when false, as 32-bit (<c>f</c>).</summary>
    public bool Float64 { get; init; } = true;

    /// <summary>Alignment of uncompressed blob data written from byte arrays and arrays: a power of two from 8 (default) to 256.</summary>
    public int BlobAlignment { get; init; } = BsdfBlobSettings.DefaultAlignment;

    /// <summary>The deepest nesting of lists and mappings read or written (default 64). Deeper data is an error, never a stack overflow.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Whether blob checksums are verified on read (default true); a mismatch is a <see cref="BsdfException"/>.</summary>
    public bool VerifyChecksums { get; init; } = true;

    /// <summary>
    /// Decode blobs as <see cref="BsdfLazyBlob"/> handles that read their bytes on demand instead of
    /// <c>byte[]</c>. Honoured when decoding from memory (<see cref="ReadOnlyMemory{T}"/>) and by
    /// <see cref="BsdfFile"/>; a span has no lifetime to hand out, so span input always copies.
    /// </summary>
    public bool LazyBlobs { get; init; }

    /// <summary>
    /// Decode a list stream at the end of the data as a <see cref="BsdfListStreamReader"/> that reads
    /// items one by one, instead of a list. Honoured where <see cref="LazyBlobs"/> is.
    /// </summary>
    public bool LazyStreams { get; init; }

    /// <summary>Decode 32-bit floats as <see cref="float"/> instead of <see cref="double"/>. Default false.</summary>
    public bool Float32AsSingle { get; init; }

    /// <summary>What to do with values tagged by unknown extensions. Default <see cref="UnknownExtensionHandling.Preserve"/>.</summary>
    public UnknownExtensionHandling UnknownExtensions { get; init; } = UnknownExtensionHandling.Preserve;

    /// <summary>The largest decompressed blob accepted, in bytes (default: the largest .NET array).</summary>
    public long MaxBlobSize { get; init; } = Array.MaxLength;

    /// <summary>
    /// The most bytes one decoding call may produce beyond its input, summed over the call: decompressed blob data
    /// and data frame buffers, each checked against what is left before it is allocated (a lazy blob read on its own
    /// is checked alone). Default: half the memory the process may use
    /// (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>, at least 64 MiB), so that no input makes decoding run
    /// out of memory; <see cref="Untrusted"/>: 64 MiB.
    /// </summary>
    public long MaxDecodedBytes { get; init; } = DecodeBudget.DefaultLimit;

    /// <summary>
    /// The most items in one list or mapping read into memory (default: no limit beyond the input's length). Typed
    /// lists and dictionaries check it for counts written in the long form (over 250 items).
    /// </summary>
    public long MaxCollectionCount { get; init; } = long.MaxValue;

    /// <summary>The most rows (and values of one column) in a data frame (default: the largest .NET array).</summary>
    public int MaxFrameRows { get; init; } = Array.MaxLength;

    /// <summary>The longest string or mapping key read into the dynamic model, in UTF-8 bytes (default: the largest .NET array).</summary>
    public int MaxStringLength { get; init; } = Array.MaxLength;

    /// <summary>
    /// Receives warnings (a newer minor version, an unknown extension, a cut-off stream item).
    /// When null they go to <see cref="Trace.TraceWarning(string)"/>.
    /// </summary>
    public Action<BsdfWarning>? Warning { get; init; }

    /// <summary>The settings used for blobs written from byte arrays and arrays.</summary>
    internal BsdfBlobSettings DefaultBlobSettings => new()
    {
        Compression = Compression,
        UseChecksum = UseChecksum,
        Alignment = BlobAlignment,
    };

    internal void Warn(BsdfWarning warning)
    {
        if (Warning is { } sink)
        {
            sink(warning);
        }
        else
        {
            Trace.TraceWarning("BSDF warning: " + warning);
        }
    }

    internal void Validate()
    {
        DefaultBlobSettings.Validate();
        if (MaxDepth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "MaxDepth must be at least 1");
        }

        if (MaxBlobSize < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBlobSize), MaxBlobSize, "MaxBlobSize must not be negative");
        }

        if (MaxDecodedBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDecodedBytes), MaxDecodedBytes, "MaxDecodedBytes must not be negative");
        }

        if (MaxCollectionCount < 0 || MaxFrameRows < 0 || MaxStringLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCollectionCount), "MaxCollectionCount, MaxFrameRows and MaxStringLength must not be negative");
        }
    }
}
