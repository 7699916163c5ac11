using BsdfGen.Benchmarks.Arrays;
using static BsdfGen.Benchmarks.Reporting.TargetResult;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>
/// The large-value and memory-mapped file targets of a full run: every path of a <c>double[]</c> at least 0.9× the
/// speed of its physical limit (allocate uninitialized + copy, or the same stream or file I/O) and at most 1.1×
/// MemoryPack's time, at each size measured; the other value kinds through <c>byte[]</c> likewise.
/// </summary>
public static class ArrayTargets
{
    private const double VersusCopy = 0.9;
    private const double VersusMemoryPack = 1.1;

    private static readonly (string Category, string Method)[] Paths =
    [
        (LargeArrayBenchmarks.RoundTrip, "RoundTrip"),
        (LargeArrayBenchmarks.Serialize, "Serialize"),
        (LargeArrayBenchmarks.Deserialize, "Deserialize"),
        (LargeArrayBenchmarks.BufferWriter, "BufferWriter"),
        (LargeArrayBenchmarks.StreamWrite, "StreamWrite"),
        (LargeArrayBenchmarks.StreamRead, "StreamRead"),
        (LargeArrayBenchmarks.FileWrite, "FileWrite"),
        (LargeArrayBenchmarks.FileRead, "FileRead"),
    ];

    public static IEnumerable<TargetResult> Evaluate(IReadOnlyList<Measurement> measured)
    {
        foreach (var (category, method) in Paths)
        {
            foreach (var mib in LargeArrayBenchmarks.Sizes)
            {
                foreach (var target in PathTargets(measured, $"{mib} MiB {category}", category, $"MiB={mib}", method))
                {
                    yield return target;
                }
            }
        }

        foreach (var kind in new[] { "float[,]", "byte[]", "contract" })
        {
            foreach (var target in PathTargets(measured, $"64 MiB {kind} round trip through byte[]", LargeValueKindBenchmarks.RoundTrip, $"Kind={kind}", "RoundTrip"))
            {
                yield return target;
            }
        }

        var open = Measurements.Find(measured, MappedFileBenchmarks.Open, "", nameof(MappedFileBenchmarks.OpenWithBsdf));
        yield return new TargetResult(
            "Memory-mapped open of a 1 GiB file (Bsdf.Open, root and array lengths)",
            "< 1 ms",
            open is null ? "—" : Format.Time(open.MeanNs),
            open is null ? null : open.MeanNs < 1e6);
    }

    private static IEnumerable<TargetResult> PathTargets(IReadOnlyList<Measurement> measured, string title, string category, string parameters, string method)
    {
        Measurement? Find(string serializer) => Measurements.Find(measured, category, parameters, method + serializer);
        yield return Speedup($"{title}: BsdfGen vs allocate-uninitialized+copy", Find("BsdfGen"), Find("Copy"), VersusCopy, $"≥ {VersusCopy}× its speed");
        yield return TimeRatio($"{title}: BsdfGen vs MemoryPack", Find("BsdfGen"), Find("MemoryPack"), VersusMemoryPack, $"≤ {VersusMemoryPack}× its time");
    }
}
