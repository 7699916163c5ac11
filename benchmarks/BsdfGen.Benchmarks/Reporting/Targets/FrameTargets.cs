using BsdfGen.Benchmarks.DataFrames;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>The data frame targets of a full run: encode and decode each at least twice as fast as Arrow IPC with LZ4.</summary>
public static class FrameTargets
{
    public static IEnumerable<TargetResult> Evaluate(IReadOnlyList<Measurement> measured)
    {
        foreach (var (category, ours, arrow) in new[]
        {
            (DataFrameBenchmarks.Encode, nameof(DataFrameBenchmarks.EncodeFrame), nameof(DataFrameBenchmarks.EncodeArrowLz4)),
            (DataFrameBenchmarks.Decode, nameof(DataFrameBenchmarks.DecodeFrame), nameof(DataFrameBenchmarks.DecodeArrowLz4)),
        })
        {
            yield return TargetResult.Speedup(
                $"{category}: BsdfGen vs Apache.Arrow IPC with LZ4 frames",
                Measurements.Find(measured, category, "", ours),
                Measurements.Find(measured, category, "", arrow),
                2, "≥ 2× faster");
        }
    }
}
