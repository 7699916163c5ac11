using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BsdfGen.Codecs.Lz4;

namespace BsdfGen.Benchmarks.Lz4;

/// <summary>
/// K4os.Compression.LZ4 (through <see cref="K4osLz4BlockCodec"/>) against the machine's liblz4 (the baseline of each category) on the same
/// 64 MiB of mixed data, as one block: LZ4_compress_default and LZ4_decompress_safe.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Lz4Benchmarks
{
    public const string Compress = "LZ4 compress 64 MiB";
    public const string Decompress = "LZ4 decompress 64 MiB";
    public const int InputLength = 64 << 20;

    private byte[] _input = null!;
    private byte[] _compressed = null!;
    private byte[] _destination = null!;
    private byte[] _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        NativeLz4.EnsureAvailable();
        _input = MixedData.Create(InputLength);
        _destination = new byte[Math.Max(NativeLz4.CompressBound(InputLength), K4osLz4BlockCodec.Instance.MaxCompressedLength(InputLength))];
        _output = new byte[InputLength];
        _compressed = _destination.AsSpan(0, NativeLz4.Compress(_input, _destination)).ToArray();

        // Each side reads the other's blocks: the comparison is between two codecs of the same format.
        var k4osBlock = _destination.AsSpan(0, K4osLz4BlockCodec.Instance.Compress(_input, _destination)).ToArray();
        if (NativeLz4.Decompress(k4osBlock, _output) != InputLength || !_output.AsSpan().SequenceEqual(_input)
            || K4osLz4BlockCodec.Instance.Decompress(_compressed, _output) != InputLength || !_output.AsSpan().SequenceEqual(_input))
        {
            throw new InvalidOperationException("The LZ4 codecs do not round-trip the benchmark data");
        }
    }

    /// <summary>The compressed sizes of the benchmark data: (native, K4os).</summary>
    public static (int Input, int Native, int K4os) CompressedSizes()
    {
        var benchmarks = new Lz4Benchmarks();
        benchmarks.Setup();
        return (InputLength, benchmarks.CompressNative(), benchmarks.CompressK4os());
    }

    [BenchmarkCategory(Compress), Benchmark(Baseline = true)]
    public int CompressNative() => NativeLz4.Compress(_input, _destination);

    [BenchmarkCategory(Compress), Benchmark]
    public int CompressK4os() => K4osLz4BlockCodec.Instance.Compress(_input, _destination);

    [BenchmarkCategory(Decompress), Benchmark(Baseline = true)]
    public int DecompressNative() => NativeLz4.Decompress(_compressed, _output);

    [BenchmarkCategory(Decompress), Benchmark]
    public int DecompressK4os() => K4osLz4BlockCodec.Instance.Decompress(_compressed, _output);

    /// <summary>K4os alone, without the codec's walk over the match offsets: what that check costs.</summary>
    [BenchmarkCategory(Decompress), Benchmark]
    public int DecompressK4osUnchecked() => K4os.Compression.LZ4.LZ4Codec.Decode(_compressed, _output);
}
