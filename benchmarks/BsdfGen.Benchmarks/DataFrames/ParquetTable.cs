using Parquet;
using Parquet.Schema;

namespace BsdfGen.Benchmarks.DataFrames;

/// <summary>
/// The benchmark table as one Parquet.Net row group with its default codec, Snappy (Parquet.Net dictionary-encodes the
/// text columns itself). Reading gives .NET arrays: <c>string[]</c> for text (Parquet.Net has no UTF-8 buffer form)
/// and <c>DateTime[]</c> for the timestamps.
/// </summary>
public sealed class ParquetTable
{
    private static readonly DataField<long> Id = new("id");
    private static readonly DataField<double> Value = new("value");
    private static readonly DataField<string> Name = new("name", false);
    private static readonly DataField<bool> Flag = new("flag");
    private static readonly DateTimeDataField Time = new("time", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: false);
    private static readonly DataField<string> Category = new("category", false);
    private static readonly ParquetSchema Schema = new(Id, Value, Name, Flag, Time, Category);

    private readonly FrameData _data;
    private readonly DateTime[] _times;
    private readonly string[] _categories;

    public ParquetTable(FrameData data)
    {
        _data = data;
        _times = data.Times.Select(time => time.UtcDateTime).ToArray();
        _categories = data.CategoryTexts();
    }

    public static CompressionMethod Codec => new ParquetOptions().CompressionMethod;

    /// <summary>Writes the table into a reused <see cref="MemoryStream"/> and returns its length.</summary>
    public long WriteInto(MemoryStream stream)
    {
        stream.SetLength(0);
        WriteAsync(stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    /// <summary>The written file.</summary>
    public byte[] Write()
    {
        using var stream = new MemoryStream();
        WriteInto(stream);
        return stream.ToArray();
    }

    /// <summary>Reads every column of the file into new arrays and returns the number of rows.</summary>
    public static int Read(byte[] file) => ReadAsync(file).GetAwaiter().GetResult();

    private async Task WriteAsync(Stream stream)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(Id, _data.Ids);
        await group.WriteAsync<double>(Value, _data.Values);
        await group.WriteAsync(Name, _data.Names);
        await group.WriteAsync<bool>(Flag, _data.Flags);
        await group.WriteAsync<DateTime>(Time, _times);
        await group.WriteAsync(Category, _categories);
    }

    private static async Task<int> ReadAsync(byte[] file)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(file, writable: false));
        using var group = reader.OpenRowGroupReader(0);
        var rows = checked((int)group.RowCount);
        await group.ReadAsync<long>(Id, new long[rows]);
        await group.ReadAsync<double>(Value, new double[rows]);
        await group.ReadAsync(Name, new string[rows]);
        await group.ReadAsync<bool>(Flag, new bool[rows]);
        await group.ReadAsync<DateTime>(Time, new DateTime[rows]);
        await group.ReadAsync(Category, new string[rows]);
        return rows;
    }
}
