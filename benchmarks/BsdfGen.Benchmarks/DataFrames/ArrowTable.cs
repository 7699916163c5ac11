using Apache.Arrow;
using Apache.Arrow.Compression;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace BsdfGen.Benchmarks.DataFrames;

/// <summary>
/// The benchmark table as an Apache.Arrow record batch, written and read as an Arrow IPC stream whose buffers are
/// compressed with LZ4 frames (Apache.Arrow.Compression's codec factory on both sides).
/// </summary>
public sealed class ArrowTable
{
    private static readonly CompressionCodecFactory Codecs = new();

    private static readonly IpcOptions Lz4Options = new()
    {
        CompressionCodecFactory = Codecs,
        CompressionCodec = CompressionCodecType.Lz4Frame,
    };

    private static readonly IpcOptions UncompressedOptions = new();

    public ArrowTable(FrameData data)
    {
        var timeType = new TimestampType(TimeUnit.Millisecond, "UTC");
        var categoryType = new DictionaryType(Int32Type.Default, StringType.Default, false);
        var schema = new Schema.Builder()
            .Field(new Field("id", Int64Type.Default, nullable: false))
            .Field(new Field("value", DoubleType.Default, nullable: false))
            .Field(new Field("name", StringType.Default, nullable: false))
            .Field(new Field("flag", BooleanType.Default, nullable: false))
            .Field(new Field("time", timeType, nullable: false))
            .Field(new Field("category", categoryType, nullable: false))
            .Build();
        IArrowArray[] columns =
        [
            new Int64Array.Builder().AppendRange(data.Ids).Build(),
            new DoubleArray.Builder().AppendRange(data.Values).Build(),
            new StringArray.Builder().AppendRange(data.Names).Build(),
            new BooleanArray.Builder().AppendRange(data.Flags).Build(),
            new TimestampArray.Builder(timeType).AppendRange(data.Times).Build(),
            new DictionaryArray(
                categoryType,
                new Int32Array.Builder().AppendRange(data.CategoryIndices).Build(),
                new StringArray.Builder().AppendRange(data.Categories).Build()),
        ];
        Batch = new RecordBatch(schema, columns, data.RowCount);
    }

    public RecordBatch Batch { get; }

    /// <summary>Writes the batch as an IPC stream with LZ4-frame buffers into a stream sized for it beforehand.</summary>
    public byte[] Write(int capacity = 0) => Write(Lz4Options, capacity);

    /// <summary>The same stream with uncompressed buffers (to show that the LZ4 stream really is compressed).</summary>
    public byte[] WriteUncompressed() => Write(UncompressedOptions, 0);

    /// <summary>The length of the LZ4 stream, written into a reused <see cref="MemoryStream"/>.</summary>
    public long WriteInto(MemoryStream stream)
    {
        stream.SetLength(0);
        WriteTo(stream, Lz4Options);
        return stream.Length;
    }

    /// <summary>Reads the stream back; every buffer is decompressed into memory the batch owns.</summary>
    public static RecordBatch Read(byte[] stream)
    {
        using var reader = new ArrowStreamReader(new MemoryStream(stream, writable: false), Codecs);
        return reader.ReadNextRecordBatch() ?? throw new InvalidDataException("The Arrow stream holds no record batch");
    }

    private byte[] Write(IpcOptions options, int capacity)
    {
        using var stream = new MemoryStream(capacity);
        WriteTo(stream, options);
        return stream.ToArray();
    }

    private void WriteTo(Stream stream, IpcOptions options)
    {
        using var writer = new ArrowStreamWriter(stream, Batch.Schema, leaveOpen: true, options);
        writer.WriteRecordBatch(Batch);
        writer.WriteEnd();
    }
}
