using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BsdfGen.Benchmarks.Lz4;

namespace BsdfGen.Benchmarks.DataFrames;

/// <summary>
/// A 1M-row, 6-column table (int64 id, float64 value, utf8 name, bool flag, timestamp[ms, UTC], dictionary category)
/// encoded and decoded as a BSDF data frame, against Apache.Arrow's IPC stream with LZ4-frame buffers (the baseline
/// of each category), Parquet.Net with its default Snappy codec, and the machine's liblz4 compressing the raw column
/// bytes alone. Every side starts from its own in-memory table; decoding ends with every column's buffers
/// decompressed in memory (Arrow and BSDF keep text as UTF-8 with offsets, Parquet.Net gives strings). BsdfGen encodes
/// into a new <c>byte[]</c>; Arrow and Parquet.Net write into a reused, pre-sized <see cref="MemoryStream"/>. Arrow
/// keeps decoded buffers in native memory, which the memory diagnoser does not count.
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
    private ArrowTable _arrow = null!;
    private ParquetTable _parquet = null!;
    private byte[] _encoded = null!;
    private byte[] _arrowStream = null!;
    private byte[] _parquetFile = null!;
    private MemoryStream _reusedStream = null!;
    private byte[][] _rawColumns = null!;
    private byte[][] _compressedColumns = null!;
    private byte[] _destination = null!;

    [GlobalSetup]
    public void Setup()
    {
        NativeLz4.EnsureAvailable();
        var data = new FrameData(Rows);
        _frame = BuildFrame(data);
        _arrow = new ArrowTable(data);
        _parquet = new ParquetTable(data);
        _encoded = Bsdf.Encode(_frame);
        _arrowStream = _arrow.Write();
        _parquetFile = _parquet.Write();
        _reusedStream = new MemoryStream(Math.Max(_arrowStream.Length, _parquetFile.Length) * 2);

        _rawColumns =
        [
            MemoryMarshal.AsBytes(data.Ids.AsSpan()).ToArray(),
            MemoryMarshal.AsBytes(data.Values.AsSpan()).ToArray(),
            Encoding.UTF8.GetBytes(string.Concat(data.Names)),
            data.Flags.Select(flag => flag ? (byte)1 : (byte)0).ToArray(),
            MemoryMarshal.AsBytes(data.Times.Select(time => time.ToUnixTimeMilliseconds()).ToArray().AsSpan()).ToArray(),
            MemoryMarshal.AsBytes(data.CategoryIndices.AsSpan()).ToArray(),
        ];
        _destination = new byte[NativeLz4.CompressBound(_rawColumns.Max(column => column.Length))];
        _compressedColumns = _rawColumns.Select(column => _destination.AsSpan(0, NativeLz4.Compress(column, _destination)).ToArray()).ToArray();
        Verify(data);
    }

    /// <summary>The frame built from plain arrays as a user would: each array copied once into its column.</summary>
    public static BsdfDataFrame BuildFrame(FrameData data) =>
        new BsdfDataFrame()
            .Add("id", data.Ids)
            .Add("value", data.Values)
            .Add("name", data.Names)
            .Add("flag", data.Flags)
            .Add("time", BsdfTimestampColumn.FromInstants(data.Times, BsdfTimeUnit.Milliseconds))
            .Add("category", BsdfDictionaryColumn.FromStrings(data.CategoryTexts()));

    /// <summary>Sets the benchmark up and gives <see cref="FileSizes"/>, for the summary.</summary>
    public static IReadOnlyList<(string Format, long Bytes)> MeasureFileSizes()
    {
        var benchmarks = new DataFrameBenchmarks();
        benchmarks.Setup();
        return benchmarks.FileSizes();
    }

    /// <summary>The bytes of each format for the same table, for the payload part of the summary.</summary>
    public IReadOnlyList<(string Format, long Bytes)> FileSizes() =>
    [
        ("Raw column bytes (no compression, no framing)", _rawColumns.Sum(column => (long)column.Length)),
        ("BsdfGen data frame (LZ4 blocks)", _encoded.Length),
        ("Apache.Arrow IPC stream, LZ4 frames", _arrowStream.Length),
        ("Apache.Arrow IPC stream, uncompressed", _arrow.WriteUncompressed().Length),
        ($"Parquet.Net ({ParquetTable.Codec})", _parquetFile.Length),
    ];

    [BenchmarkCategory(Encode), Benchmark]
    public int EncodeFrame() => Bsdf.Encode(_frame).Length;

    [BenchmarkCategory(Encode), Benchmark(Baseline = true)]
    public long EncodeArrowLz4() => _arrow.WriteInto(_reusedStream);

    [BenchmarkCategory(Encode), Benchmark]
    public long EncodeParquet() => _parquet.WriteInto(_reusedStream);

    [BenchmarkCategory(Encode), Benchmark]
    public int CompressColumnsNative()
    {
        var total = 0;
        foreach (var column in _rawColumns)
        {
            total += NativeLz4.Compress(column, _destination);
        }

        return total;
    }

    [BenchmarkCategory(Decode), Benchmark]
    public int DecodeFrame() => ((BsdfDataFrame)Bsdf.Decode(_encoded)!).RowCount;

    [BenchmarkCategory(Decode), Benchmark(Baseline = true)]
    public int DecodeArrowLz4()
    {
        using var batch = ArrowTable.Read(_arrowStream);
        return batch.Length;
    }

    [BenchmarkCategory(Decode), Benchmark]
    public int DecodeParquet() => ParquetTable.Read(_parquetFile);

    [BenchmarkCategory(Decode), Benchmark]
    public int DecompressColumnsNative()
    {
        var total = 0;
        for (var i = 0; i < _compressedColumns.Length; i++)
        {
            total += NativeLz4.Decompress(_compressedColumns[i], _destination.AsSpan(0, _rawColumns[i].Length));
        }

        return total;
    }

    /// <summary>Fails the setup unless every format gives the table back and Arrow's buffers really are compressed.</summary>
    private void Verify(FrameData data)
    {
        if (!((BsdfDataFrame)Bsdf.Decode(_encoded)!).ContentEquals(_frame))
        {
            throw new InvalidOperationException("The benchmark frame does not round-trip");
        }

        using (var batch = ArrowTable.Read(_arrowStream))
        {
            var ids = (Apache.Arrow.Int64Array)batch.Column(0);
            var names = (Apache.Arrow.StringArray)batch.Column(2);
            if (batch.Length != Rows || ids.GetValue(Rows - 1) != data.Ids[^1] || names.GetString(Rows - 1) != data.Names[^1])
            {
                throw new InvalidOperationException("The Arrow stream does not round-trip");
            }
        }

        if (_arrowStream.Length * 4L > _arrow.WriteUncompressed().Length * 3L)
        {
            throw new InvalidOperationException($"The Arrow LZ4 stream ({_arrowStream.Length} bytes) is not compressed");
        }

        if (ParquetTable.Read(_parquetFile) != Rows)
        {
            throw new InvalidOperationException("The Parquet file does not round-trip");
        }
    }
}
