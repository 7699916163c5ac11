using BsdfGen.Benchmarks.DataFrames;
using static BsdfGen.Benchmarks.Checks.SameProcessTimer;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>The data frame targets: BsdfGen against Apache.Arrow's IPC stream with LZ4-frame buffers, faster and smaller.</summary>
public static class FrameChecks
{
    public static IEnumerable<CheckResult> Run()
    {
        var frames = new DataFrameBenchmarks();
        frames.Setup();
        var encode = MedianSpeedup(() => frames.EncodeFrame(), () => frames.EncodeArrowLz4());
        yield return new("1M x 6 frame encode vs Arrow IPC with LZ4 (≥ 2× faster)", $"{encode:0.00}× faster", encode >= 2);
        var decode = MedianSpeedup(() => frames.DecodeFrame(), () => frames.DecodeArrowLz4());
        yield return new("1M x 6 frame decode vs Arrow IPC with LZ4 (≥ 2× faster)", $"{decode:0.00}× faster", decode >= 2);
        var sizes = frames.FileSizes();
        var (ours, arrow) = (Size(sizes, "BsdfGen"), Size(sizes, "Apache.Arrow IPC stream, LZ4"));
        yield return new("1M x 6 frame file vs Arrow IPC with LZ4 (smaller)", $"{ours:N0} B vs {arrow:N0} B ({(double)ours / arrow:P1})", ours < arrow);
    }

    private static long Size(IReadOnlyList<(string Format, long Bytes)> sizes, string prefix) =>
        sizes.First(size => size.Format.StartsWith(prefix, StringComparison.Ordinal)).Bytes;
}
