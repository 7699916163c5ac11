using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BsdfGen.Benchmarks.Arrays;

/// <summary>
/// A <c>double[]</c> of 1, 64 and 256 MiB on every public path — <c>Bsdf.Serialize</c> to a new <c>byte[]</c> and
/// <c>Bsdf.Deserialize</c> from it, into a reused <c>IBufferWriter&lt;byte&gt;</c>, to and from a stream and a file —
/// against the physical limit of each path (the baseline: the array's bytes copied once, into an array allocated with
/// <see cref="GC.AllocateUninitializedArray{T}"/>, or written to / read from the same stream or file), with MemoryPack
/// beside it. See <see cref="LargeValueCase{T}"/>; 1 GiB is measured by <c>--check arrays</c> with
/// <c>BSDFGEN_CHECK_GIB=1</c>, not here, to keep a full run short.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LargeArrayBenchmarks
{
    public const string Serialize = "double[] serialize to byte[]";
    public const string Deserialize = "double[] deserialize from byte[]";
    public const string RoundTrip = "double[] round trip through byte[]";
    public const string BufferWriter = "double[] serialize to IBufferWriter";
    public const string StreamWrite = "double[] serialize to Stream";
    public const string StreamRead = "double[] deserialize from Stream";
    public const string FileWrite = "double[] serialize to file";
    public const string FileRead = "double[] deserialize from file";

    private LargeValueCase<double[]> _case = null!;

    public static IEnumerable<int> Sizes => BenchMode.IsShort ? [1, 64] : [1, 64, 256];

    /// <summary>The array's size in MiB.</summary>
    [ParamsSource(nameof(Sizes))]
    public int MiB { get; set; } = 1;

    [GlobalSetup]
    public void Setup() => _case = new LargeValueCase<double[]>(MiB, everyPath: true);

    [GlobalCleanup]
    public void Cleanup() => _case.Dispose();

    [BenchmarkCategory(Serialize), Benchmark(Baseline = true)]
    public object SerializeCopy() => _case.SerializeCopy();

    [BenchmarkCategory(Serialize), Benchmark]
    public object SerializeBsdfGen() => _case.SerializeBsdfGen();

    [BenchmarkCategory(Serialize), Benchmark]
    public object SerializeMemoryPack() => _case.SerializeMemoryPack();

    [BenchmarkCategory(Deserialize), Benchmark(Baseline = true)]
    public object DeserializeCopy() => _case.DeserializeCopy();

    [BenchmarkCategory(Deserialize), Benchmark]
    public object DeserializeBsdfGen() => _case.DeserializeBsdfGen();

    [BenchmarkCategory(Deserialize), Benchmark]
    public object DeserializeMemoryPack() => _case.DeserializeMemoryPack();

    [BenchmarkCategory(RoundTrip), Benchmark(Baseline = true)]
    public object RoundTripCopy() => _case.RoundTripCopy();

    [BenchmarkCategory(RoundTrip), Benchmark]
    public object RoundTripBsdfGen() => _case.RoundTripBsdfGen();

    [BenchmarkCategory(RoundTrip), Benchmark]
    public object RoundTripMemoryPack() => _case.RoundTripMemoryPack();

    [BenchmarkCategory(BufferWriter), Benchmark(Baseline = true)]
    public long BufferWriterCopy() => _case.BufferWriterCopy();

    [BenchmarkCategory(BufferWriter), Benchmark]
    public long BufferWriterBsdfGen() => _case.BufferWriterBsdfGen();

    [BenchmarkCategory(BufferWriter), Benchmark]
    public long BufferWriterMemoryPack() => _case.BufferWriterMemoryPack();

    [BenchmarkCategory(StreamWrite), Benchmark(Baseline = true)]
    public long StreamWriteCopy() => _case.StreamWriteCopy();

    [BenchmarkCategory(StreamWrite), Benchmark]
    public long StreamWriteBsdfGen() => _case.StreamWriteBsdfGen();

    [BenchmarkCategory(StreamWrite), Benchmark]
    public long StreamWriteMemoryPack() => _case.StreamWriteMemoryPack();

    [BenchmarkCategory(StreamRead), Benchmark(Baseline = true)]
    public object StreamReadCopy() => _case.StreamReadCopy();

    [BenchmarkCategory(StreamRead), Benchmark]
    public object StreamReadBsdfGen() => _case.StreamReadBsdfGen();

    [BenchmarkCategory(StreamRead), Benchmark]
    public object StreamReadMemoryPack() => _case.StreamReadMemoryPack();

    [BenchmarkCategory(FileWrite), Benchmark(Baseline = true)]
    public long FileWriteCopy() => _case.FileWriteCopy();

    [BenchmarkCategory(FileWrite), Benchmark]
    public long FileWriteBsdfGen() => _case.FileWriteBsdfGen();

    [BenchmarkCategory(FileWrite), Benchmark]
    public long FileWriteMemoryPack() => _case.FileWriteMemoryPack();

    [BenchmarkCategory(FileRead), Benchmark(Baseline = true)]
    public object FileReadCopy() => _case.FileReadCopy();

    [BenchmarkCategory(FileRead), Benchmark]
    public object FileReadBsdfGen() => _case.FileReadBsdfGen();

    [BenchmarkCategory(FileRead), Benchmark]
    public object FileReadMemoryPack() => _case.FileReadMemoryPack();
}
