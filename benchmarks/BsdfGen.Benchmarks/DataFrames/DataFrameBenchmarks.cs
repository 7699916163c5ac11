using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BsdfGen.Benchmarks.Lz4;

namespace BsdfGen.Benchmarks.DataFrames;

/// <summary>
/// A 1M-row, 6-column frame (int64 id, float64 value, utf8 name, bool flag, timestamp, factor category) encoded and
/// decoded as BSDF, against the machine's liblz4 compressing and decompressing the same raw column bytes (the
/// baseline of each category: LZ4 is most of a frame's work, and the target is frame encode ≤ 1.5× its time).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DataFrameBenchmarks
{
    public const string Encode = "Data frame encode 1M rows x 6 columns";
    public const string Decode = "Data frame decode 1M rows x 6 columns";
    public const int Rows = 1_000_000;

    private BsdfDataFrame _frame = null!;
    private byte[] _encoded = null!;
    private byte[][] _rawColumns = null!;
    private byte[][] _compressedColumns = null!;
    private byte[] _destination = null!;

    [GlobalSetup]
    public void Setup()
    {
        NativeLz4.EnsureAvailable();
        var random = new Random(42);
        var ids = Enumerable.Range(0, Rows).Select(i => (long)i * 3).ToArray();
        var values = Enumerable.Range(0, Rows).Select(i => Math.Sin(i * 0.001) * 100 + random.NextDouble()).ToArray();
        var names = Enumerable.Range(0, Rows).Select(i => $"sensor-{i % 5000}").ToArray();
        var flags = Enumerable.Range(0, Rows).Select(i => i % 3 == 0).ToArray();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var times = Enumerable.Range(0, Rows).Select(i => start.AddMilliseconds(i * 250L + random.Next(10))).ToArray();
        var categories = Enumerable.Range(0, Rows).Select(i => (i % 7) switch { 0 => "red", 1 => "green", 2 => "blue", _ => "grey" }).ToArray();
        _frame = new BsdfDataFrame()
            .Add("id", ids)
            .Add("value", values)
            .Add("name", names)
            .Add("flag", flags)
            .Add("time", BsdfTimestampColumn.FromInstants(times, BsdfTimeUnit.Milliseconds))
            .Add("category", BsdfDictionaryColumn.FromStrings(categories));
        _encoded = Bsdf.Encode(_frame);

        _rawColumns =
        [
            MemoryMarshal.AsBytes(ids.AsSpan()).ToArray(),
            MemoryMarshal.AsBytes(values.AsSpan()).ToArray(),
            Encoding.UTF8.GetBytes(string.Concat(names)),
            flags.Select(flag => flag ? (byte)1 : (byte)0).ToArray(),
            MemoryMarshal.AsBytes(times.Select(time => time.ToUnixTimeMilliseconds()).ToArray().AsSpan()).ToArray(),
            MemoryMarshal.AsBytes(categories.Select(category => category.Length).ToArray().AsSpan()).ToArray(),
        ];
        _destination = new byte[NativeLz4.CompressBound(_rawColumns.Max(column => column.Length))];
        _compressedColumns = _rawColumns.Select(column => _destination.AsSpan(0, NativeLz4.Compress(column, _destination)).ToArray()).ToArray();
        if (!((BsdfDataFrame)Bsdf.Decode(_encoded)!).ContentEquals(_frame))
        {
            throw new InvalidOperationException("The benchmark frame does not round-trip");
        }
    }

    /// <summary>The raw column bytes and the encoded frame size, for the payload table.</summary>
    public (long Raw, long Encoded) Sizes() => (_rawColumns.Sum(column => (long)column.Length), _encoded.Length);

    [BenchmarkCategory(Encode), Benchmark(Baseline = true)]
    public int CompressColumnsNative()
    {
        var total = 0;
        foreach (var column in _rawColumns)
        {
            total += NativeLz4.Compress(column, _destination);
        }

        return total;
    }

    [BenchmarkCategory(Encode), Benchmark]
    public int EncodeFrame() => Bsdf.Encode(_frame).Length;

    [BenchmarkCategory(Decode), Benchmark(Baseline = true)]
    public int DecompressColumnsNative()
    {
        var total = 0;
        for (var i = 0; i < _compressedColumns.Length; i++)
        {
            total += NativeLz4.Decompress(_compressedColumns[i], _destination.AsSpan(0, _rawColumns[i].Length));
        }

        return total;
    }

    [BenchmarkCategory(Decode), Benchmark]
    public int DecodeFrame() => ((BsdfDataFrame)Bsdf.Decode(_encoded)!).RowCount;
}
