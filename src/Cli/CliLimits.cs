namespace BsdfGen.Cli;

internal static class CliLimits
{
    /// <summary>
    /// The deepest nesting the tool reads, writes and shows (about what the Python reference manages
    /// before its recursion limit); beyond it a clear error, never a stack overflow.
    /// </summary>
    public const int MaxNesting = 1000;

    /// <summary>The largest JSON file <c>convert</c> writes unless <c>--max-json</c> says otherwise (1 GiB).</summary>
    public const long DefaultMaxJsonBytes = 1L << 30;

    /// <summary>
    /// How the tool reads BSDF: every file is data from outside, so <see cref="BsdfOptions.Untrusted"/> (at most about
    /// 64 MiB decoded beyond the file), with the tool's own nesting depth.
    /// </summary>
    public static BsdfOptions Reading { get; } = BsdfOptions.Untrusted with { MaxDepth = MaxNesting };

    /// <summary><see cref="Reading"/> with the decode budget (and the per-blob limit) raised to <paramref name="maxDecodedBytes"/>.</summary>
    public static BsdfOptions ReadingWithBudget(long maxDecodedBytes) =>
        maxDecodedBytes == Reading.MaxDecodedBytes ? Reading : Reading with { MaxDecodedBytes = maxDecodedBytes, MaxBlobSize = maxDecodedBytes };
}
