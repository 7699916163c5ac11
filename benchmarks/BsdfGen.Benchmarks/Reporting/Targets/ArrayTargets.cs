using BsdfGen.Benchmarks.Arrays;
using static BsdfGen.Benchmarks.Reporting.TargetResult;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>The large-array and memory-mapped file targets of a full run.</summary>
public static class ArrayTargets
{
    public static IEnumerable<TargetResult> Evaluate(IReadOnlyList<Measurement> measured)
    {
        yield return Speedup(
            "64 MiB double[] round trip: BsdfGen vs allocate-and-copy",
            Measurements.Find(measured, LargeArrayBenchmarks.RoundTrip, "MiB=64", nameof(LargeArrayBenchmarks.RoundTripBsdfGen)),
            Measurements.Find(measured, LargeArrayBenchmarks.RoundTrip, "MiB=64", nameof(LargeArrayBenchmarks.RoundTripCopy)),
            0.8, "≥ 0.8× its speed");

        var open = Measurements.Find(measured, MappedFileBenchmarks.Open, "", nameof(MappedFileBenchmarks.OpenWithBsdf));
        yield return new TargetResult(
            "Memory-mapped open of a 1 GiB file (Bsdf.Open, root and array lengths)",
            "< 1 ms",
            open is null ? "—" : Format.Time(open.MeanNs),
            open is null ? null : open.MeanNs < 1e6);
    }
}
