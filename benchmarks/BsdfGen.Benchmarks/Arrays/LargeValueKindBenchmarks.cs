using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BsdfGen.Benchmarks.Arrays;

/// <summary>
/// The other large value kinds — a <c>float[,]</c> (an ndarray), a <c>byte[]</c> blob and a contract holding a
/// <c>double[]</c>, a <c>float[,]</c> and a <c>byte[]</c> — of 64 MiB through <c>Bsdf.Serialize</c> to a new
/// <c>byte[]</c> and <c>Bsdf.Deserialize</c> from it, against copying their bytes once (a <c>float[,]</c> can only be
/// allocated zeroed, in the baseline as in every serializer) and MemoryPack.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LargeValueKindBenchmarks
{
    public const string RoundTrip = "64 MiB value round trip through byte[]";

    private ILargeValueCase _case = null!;

    [Params("float[,]", "byte[]", "contract")]
    public string Kind { get; set; } = "byte[]";

    [GlobalSetup]
    public void Setup() => _case = Create(Kind, 64);

    [GlobalCleanup]
    public void Cleanup() => _case.Dispose();

    /// <summary>The case of a value kind by its name in <see cref="Kind"/>.</summary>
    public static ILargeValueCase Create(string kind, int mib) => kind switch
    {
        "double[]" => new LargeValueCase<double[]>(mib),
        "float[,]" => new LargeValueCase<float[,]>(mib),
        "byte[]" => new LargeValueCase<byte[]>(mib),
        "contract" => new LargeValueCase<LargeRecord>(mib),
        _ => throw new ArgumentException($"Unknown value kind {kind}"),
    };

    [BenchmarkCategory(RoundTrip), Benchmark(Baseline = true)]
    public object RoundTripCopy() => _case.RoundTripCopy();

    [BenchmarkCategory(RoundTrip), Benchmark]
    public object RoundTripBsdfGen() => _case.RoundTripBsdfGen();

    [BenchmarkCategory(RoundTrip), Benchmark]
    public object RoundTripMemoryPack() => _case.RoundTripMemoryPack();
}
