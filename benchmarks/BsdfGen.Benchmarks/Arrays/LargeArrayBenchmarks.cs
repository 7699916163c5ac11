using System.Buffers;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BsdfGen.Benchmarks.Arrays;

/// <summary>
/// <c>double[]</c> of 1 to 256 MiB through <c>Bsdf.Serialize</c> (into a pre-sized, reused buffer) and
/// <c>Bsdf.Deserialize&lt;double[]&gt;</c>, against the physical limit: copying the same bytes into the same buffer,
/// and allocating a new array and copying the bytes into it (the baseline of each category). The baseline allocates
/// with <see cref="GC.AllocateUninitializedArray{T}"/>, as the fastest possible reader would: the array is overwritten
/// at once, so zeroing it first would only make the baseline slower.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LargeArrayBenchmarks
{
    public const string Serialize = "double[] serialize";
    public const string Deserialize = "double[] deserialize";
    public const string RoundTrip = "double[] round trip";

    private double[] _values = null!;
    private byte[] _raw = null!;
    private byte[] _bsdf = null!;
    private ArrayBufferWriter<byte> _buffer = null!;

    public static IEnumerable<int> Sizes => BenchMode.IsShort ? [1, 64] : [1, 16, 64, 256];

    /// <summary>The array's size in MiB.</summary>
    [ParamsSource(nameof(Sizes))]
    public int MiB { get; set; } = 1;

    private int Count => MiB * (1 << 20) / sizeof(double);

    [GlobalSetup]
    public void Setup()
    {
        _values = new double[Count];
        var random = new Random(7);
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = Math.Sin(i * 0.001) * 1000 + random.NextDouble();
        }

        _raw = MemoryMarshal.AsBytes(_values.AsSpan()).ToArray();
        _buffer = new ArrayBufferWriter<byte>(_raw.Length + 4096);
        Bsdf.Serialize(_buffer, _values);
        _bsdf = _buffer.WrittenSpan.ToArray();
        if (!Bsdf.Deserialize<double[]>(_bsdf).AsSpan().SequenceEqual(_values) || !DeserializeCopy().AsSpan().SequenceEqual(_values))
        {
            throw new InvalidOperationException("The array did not round-trip");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _values = null!;
        _raw = null!;
        _bsdf = null!;
        _buffer = null!;
    }

    [BenchmarkCategory(Serialize), Benchmark(Baseline = true)]
    public int SerializeCopy()
    {
        _buffer.ResetWrittenCount();
        var bytes = MemoryMarshal.AsBytes(_values.AsSpan());
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory(Serialize), Benchmark]
    public int SerializeBsdfGen()
    {
        _buffer.ResetWrittenCount();
        Bsdf.Serialize(_buffer, _values);
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory(Deserialize), Benchmark(Baseline = true)]
    public double[] DeserializeCopy()
    {
        var result = GC.AllocateUninitializedArray<double>(_raw.Length / sizeof(double));
        _raw.CopyTo(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    [BenchmarkCategory(Deserialize), Benchmark]
    public double[] DeserializeBsdfGen() => Bsdf.Deserialize<double[]>(_bsdf);

    [BenchmarkCategory(RoundTrip), Benchmark(Baseline = true)]
    public double[] RoundTripCopy()
    {
        SerializeCopy();
        var result = GC.AllocateUninitializedArray<double>(_buffer.WrittenCount / sizeof(double));
        _buffer.WrittenSpan.CopyTo(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    [BenchmarkCategory(RoundTrip), Benchmark]
    public double[] RoundTripBsdfGen()
    {
        SerializeBsdfGen();
        return Bsdf.Deserialize<double[]>(_buffer.WrittenSpan);
    }
}
