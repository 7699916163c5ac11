namespace BsdfGen.Fuzz;

/// <summary>The options the targets decode with.</summary>
internal static class FuzzOptions
{
    /// <summary>A blob limit that keeps one execution fast; everything else at its default.</summary>
    public static readonly BsdfOptions Eager = new() { MaxBlobSize = 16 << 20 };

    /// <summary>As <see cref="Eager"/>, with blobs and list streams left as lazy handles.</summary>
    public static readonly BsdfOptions Lazy = Eager with { LazyBlobs = true, LazyStreams = true };
}
