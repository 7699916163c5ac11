using BsdfGen.Benchmarks.Lz4;
using static BsdfGen.Benchmarks.Reporting.TargetResult;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>The suite's targets, checked against the measurements of one run; each area keeps its own in its own file.</summary>
public static class Targets
{
    public static List<TargetResult> Evaluate(IReadOnlyList<Measurement> measured, int? cachedOutputs) =>
    [
        .. DtoTargets.Evaluate(measured),
        .. ArrayTargets.Evaluate(measured),
        .. Lz4Targets(measured),
        .. FrameTargets.Evaluate(measured),
        new TargetResult(
            "Generator: an unrelated edit regenerates nothing (every tracked output step Cached)",
            "all Cached",
            cachedOutputs is { } count ? $"{count} of {count} output steps Cached" : "not checked",
            cachedOutputs is not null),
    ];

    private static IEnumerable<TargetResult> Lz4Targets(IReadOnlyList<Measurement> measured)
    {
        yield return Speedup(
            "LZ4 compress 64 MiB: K4os.Compression.LZ4 vs native liblz4 throughput",
            Measurements.Find(measured, Lz4Benchmarks.Compress, "", nameof(Lz4Benchmarks.CompressK4os)),
            Measurements.Find(measured, Lz4Benchmarks.Compress, "", nameof(Lz4Benchmarks.CompressNative)),
            0.7, "≥ 0.7× its throughput");
        yield return Speedup(
            "LZ4 decompress 64 MiB: K4os.Compression.LZ4 vs native liblz4 throughput",
            Measurements.Find(measured, Lz4Benchmarks.Decompress, "", nameof(Lz4Benchmarks.DecompressK4os)),
            Measurements.Find(measured, Lz4Benchmarks.Decompress, "", nameof(Lz4Benchmarks.DecompressNative)),
            0.7, "≥ 0.7× its throughput");
    }
}
