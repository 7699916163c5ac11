using System.Buffers;
using System.Runtime.InteropServices;
using BsdfGen.IO;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.LargeValues;

/// <summary>
/// Arrays and blobs of sizes around every threshold of the large-value paths (the per-thread buffer, the size from which a
/// blob is counted instead of copied, the size from which a stream's blob is read straight into the result) through every
/// public path: the same bytes on every write path, the same values back from every read path, and clear errors for
/// truncated input.
/// </summary>
public class LargeValuePathTests
{
    // Byte sizes: tiny, just below and above 16 KiB, 32 KiB, 64 KiB, 1 MiB (odd sizes among them), and a few MiB.
    public static TheoryData<int> Sizes => new() { 0, 1, 7, 16383, 16384, 16385, 32767, 32768, 32769, 65535, 65536, 65537, 65541, (1 << 20) - 3, 1 << 20, (1 << 20) + 5, (3 << 20) + 1 };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Every_write_path_gives_the_same_bytes_and_every_read_path_the_same_blob(int size)
    {
        var blob = Bytes(size);
        var bytes = Bsdf.Serialize(blob);
        Assert.Equal(bytes, WrittenToBufferWriter(blob));
        Assert.Equal(bytes, WrittenToStream(blob, new MemoryStream()));
        // Streams that cannot seek, as a socket.
        var written = new ArrayBufferWriter<byte>();
        Bsdf.Serialize(new BufferWriterSink(written), blob);
        Assert.Equal(bytes, written.WrittenSpan.ToArray());
        var writtenAsync = new ArrayBufferWriter<byte>();
        await Bsdf.SerializeAsync(new BufferWriterSink(writtenAsync), blob);
        Assert.Equal(bytes, writtenAsync.WrittenSpan.ToArray());

        foreach (var read in ReadBack<byte[]>(bytes))
        {
            Assert.Equal(blob, read);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Arrays_of_doubles_round_trip_on_every_path(int size)
    {
        var values = Doubles(size / sizeof(double));
        var bytes = Bsdf.Serialize(values);
        Assert.Equal(bytes, WrittenToBufferWriter(values));
        Assert.Equal(values, Bsdf.Deserialize<double[]>(bytes));
        foreach (var read in ReadBack<double[]>(bytes))
        {
            Assert.Equal(values, read);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 5)]
    [InlineData(129, 127)]
    [InlineData(513, 1031)]
    public void Matrices_round_trip_on_every_path_and_read_like_the_dynamic_ndarray(int rows, int columns)
    {
        var matrix = new float[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                matrix[row, column] = (row * 1.5f) - column;
            }
        }

        var bytes = Bsdf.Serialize(matrix);
        Assert.Equal(bytes, Bsdf.Encode(matrix));
        Assert.Equal(matrix, ((BsdfNdArray)Bsdf.Decode(bytes)!).ToArray2D<float>());
        foreach (var read in ReadBack<float[,]>(bytes))
        {
            Assert.Equal(matrix, read);
        }
    }

    [Theory]
    [InlineData(BsdfCompression.None, true)]
    [InlineData(BsdfCompression.Zlib, false)]
    [InlineData(BsdfCompression.Zlib, true)]
    public void Compressed_and_checksummed_blobs_write_the_same_bytes_on_every_path(BsdfCompression compression, bool checksum)
    {
        var options = new BsdfOptions { Compression = compression, UseChecksum = checksum };
        foreach (var size in new[] { 100, 40_000, 300_000 })
        {
            var values = Doubles(size);
            var bytes = Bsdf.Serialize(values, options);
            var buffer = new ArrayBufferWriter<byte>();
            Bsdf.Serialize(buffer, values, options);
            Assert.Equal(buffer.WrittenSpan.ToArray(), bytes);
            Assert.Equal(values, Bsdf.Deserialize<double[]>(bytes, options));
            Assert.Equal(values, Bsdf.Deserialize<double[]>(new TrickleStream(bytes, seekable: true, maxRead: 100_000), options));
        }
    }

    [Fact]
    public void Dynamic_values_with_large_blobs_encode_and_decode_on_every_path()
    {
        var value = new List<object?> { "before", Bytes(200_000), new BsdfMap { ["inner"] = Bytes(70_001), ["n"] = 3L }, Doubles(9000), "after" };
        var bytes = Bsdf.Encode(value);
        var buffer = new ArrayBufferWriter<byte>();
        Bsdf.Encode(buffer, value);
        Assert.Equal(buffer.WrittenSpan.ToArray(), bytes);

        var expected = Bsdf.Decode(bytes);
        DynamicAssert.Equal(expected, Bsdf.Decode(new MemoryStream(bytes, writable: false)));
        DynamicAssert.Equal(expected, Bsdf.Decode(new TrickleStream(bytes, seekable: true, maxRead: 70_000)));
        DynamicAssert.Equal(expected, Bsdf.Decode(new TrickleStream(bytes, seekable: false, maxRead: 70_000)));
    }

    [Fact]
    public void Blobs_left_in_a_stream_are_read_by_every_kind_of_reader()
    {
        // A data frame's buffers are read from the whole input rather than copied out blob by blob: they must be present too.
        var value = new BsdfMap
        {
            ["frame"] = BsdfGen.Tests.DataFrames.SampleFrames.EveryType(30_000),
            ["blob"] = Bytes(300_000),
            ["array"] = new BsdfNdArray(BsdfDType.Float64, [50_000], MemoryMarshal.AsBytes(Doubles(50_000).AsSpan()).ToArray()),
        };
        var bytes = Bsdf.Encode(value);
        Assert.True(bytes.Length > 1 << 20);
        var expected = Bsdf.Encode(Bsdf.Decode(bytes));
        Assert.Equal(expected, Bsdf.Encode(Bsdf.Decode(new TrickleStream(bytes, seekable: true, maxRead: 100_000))));
        Assert.Equal(expected, Bsdf.Encode(Bsdf.Deserialize<object>(new TrickleStream(bytes, seekable: true, maxRead: 100_000))));
    }

    [Fact]
    public void A_stream_is_read_from_its_position_and_left_at_its_end()
    {
        var first = Doubles(200_000);
        var second = Bytes(150_000);
        var stream = new MemoryStream();
        stream.Write("prefix"u8);
        Bsdf.Serialize(stream, first);
        var boundary = stream.Position;
        Bsdf.Serialize(stream, second);

        var onlyFirst = new MemoryStream(stream.ToArray().AsSpan(0, (int)boundary).ToArray(), writable: false) { Position = 6 };
        Assert.Equal(first, Bsdf.Deserialize<double[]>(onlyFirst));
        Assert.Equal(boundary, onlyFirst.Position);

        var rest = new MemoryStream(stream.ToArray(), writable: false) { Position = boundary };
        Assert.Equal(second, Bsdf.Deserialize<byte[]>(rest));
        Assert.Equal(stream.Length, rest.Position);
    }

    [Fact]
    public void Files_round_trip_through_file_streams()
    {
        using var directory = new TemporaryDirectory();
        var values = Doubles(400_001);
        var path = directory.File("values.bsdf");
        using (var file = File.Create(path))
        {
            Bsdf.Serialize(file, values);
        }

        Assert.Equal(Bsdf.Serialize(values), File.ReadAllBytes(path));
        using (var file = File.OpenRead(path))
        {
            Assert.Equal(values, Bsdf.Deserialize<double[]>(file));
            Assert.Equal(file.Length, file.Position);
        }
    }

    [Fact]
    public async Task Large_files_read_asynchronously_from_their_position_and_are_left_at_their_end()
    {
        using var directory = new TemporaryDirectory();
        var values = Doubles(400_001);
        var path = directory.File("values.bsdf");
        using (var file = File.Create(path))
        {
            file.Write("prefix"u8);
            Bsdf.Serialize(file, values);
        }

        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true) { Position = 6 })
        {
            Assert.Equal(values, await Bsdf.DeserializeAsync<double[]>(file));
            Assert.Equal(file.Length, file.Position);
        }

        File.WriteAllBytes(path, Bsdf.Serialize(values).AsSpan(0, (1 << 20) + 100).ToArray());
        await using (var file = File.OpenRead(path))
        {
            Assert.True((await Assert.ThrowsAsync<BsdfException>(() => Bsdf.DeserializeAsync<double[]>(file))).IsTruncation);
        }

        await using (var file = File.OpenRead(path))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Bsdf.DeserializeAsync<double[]>(file, cancellationToken: new CancellationToken(canceled: true)));
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(300_001)]
    public void Typed_files_round_trip_and_load_as_dynamic_values(int count)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("typed.bsdf");
        var values = Doubles(count);
        Bsdf.SerializeToFile(path, values);
        Assert.Equal(Bsdf.Serialize(values), File.ReadAllBytes(path));
        Assert.Equal(values, Bsdf.DeserializeFromFile<double[]>(path));
        Assert.Equal(values, ((BsdfNdArray)Bsdf.Load(path)!).ToArray<double>());
        Assert.Equal(values, ((BsdfNdArray)Bsdf.Load(path, new BsdfOptions { LazyBlobs = true })!).ToArray<double>());

        // Replaced atomically: a failed write leaves the previous file.
        Assert.ThrowsAny<Exception>(() => Bsdf.SerializeToFile(path, new List<object?> { new object() }));
        Assert.Equal(values, Bsdf.DeserializeFromFile<double[]>(path));
        Assert.Single(Directory.GetFiles(directory.Path));

        File.WriteAllBytes(path, Bsdf.Serialize(values).AsSpan(0, 100).ToArray());
        Assert.True(Assert.Throws<BsdfException>(() => Bsdf.DeserializeFromFile<double[]>(path)).IsTruncation);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(70_000)]
    public void Truncated_input_fails_with_a_truncation_error_on_every_read_path(int missing)
    {
        var bytes = Bsdf.Serialize(Bytes(1 << 20));
        var truncated = bytes.AsSpan(0, bytes.Length - missing).ToArray();
        var errors = new List<BsdfException>
        {
            Assert.Throws<BsdfException>(() => Bsdf.Deserialize<byte[]>(truncated)),
            Assert.Throws<BsdfException>(() => Bsdf.Deserialize<byte[]>(new MemoryStream(truncated, writable: false))),
            Assert.Throws<BsdfException>(() => Bsdf.Deserialize<byte[]>(new TrickleStream(truncated, seekable: true, maxRead: 9000))),
            Assert.Throws<BsdfException>(() => Bsdf.Deserialize<byte[]>(new TrickleStream(truncated, seekable: false, maxRead: 9000))),
            Assert.Throws<BsdfException>(() => Bsdf.Decode(new TrickleStream(truncated, seekable: true, maxRead: 9000))),
        };
        Assert.All(errors, error => Assert.True(error.IsTruncation, error.Message));
    }

    [Fact]
    public void A_stream_shorter_than_its_length_fails_with_a_truncation_error()
    {
        var bytes = Bsdf.Serialize(Doubles(300_000));
        var lying = new ShortStream(bytes, bytes.Length - 1000);
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<double[]>(lying));
        Assert.True(error.IsTruncation, error.Message);
    }

    [Fact]
    public void A_value_that_changes_between_measuring_and_writing_is_reported()
    {
        // An extension whose output shrinks from one call to the next: the blob is measured at one size and written at another.
        var calls = 0;
        var shrinking = BsdfExtension.Create<Uri>("test.shrinking", _ => Bytes(calls++ == 0 ? 100_000 : 10), value => new Uri("http://x"));
        var serializer = new BsdfSerializer().AddExtension(shrinking);
        var error = Assert.Throws<BsdfException>(() => serializer.Encode(new List<object?> { new Uri("http://example.org") }));
        Assert.Contains("changed while being serialized", error.Message);
    }

    [Fact]
    public void Serializing_a_small_value_allocates_only_the_result()
    {
        var values = Doubles(100);
        var expected = Bsdf.Serialize(values).Length;
        Bsdf.Serialize(values);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var bytes = Bsdf.Serialize(values);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(expected, bytes.Length);
        Assert.True(allocated <= expected + 32, $"{allocated} bytes allocated for a result of {expected}");
    }

    [Fact]
    public void Values_larger_than_the_per_thread_buffer_without_large_blobs_round_trip()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"word {i}").ToList();
        var bytes = Bsdf.Serialize(words);
        var buffer = new ArrayBufferWriter<byte>();
        Bsdf.Serialize(buffer, words);
        Assert.Equal(buffer.WrittenSpan.ToArray(), bytes);
        Assert.Equal(words, Bsdf.Deserialize<List<string>>(bytes));
        Assert.Equal(words, Bsdf.Deserialize<List<string>>(new TrickleStream(bytes, seekable: true, maxRead: 5000)));
    }

    private static IEnumerable<T> ReadBack<T>(byte[] bytes)
    {
        yield return Bsdf.Deserialize<T>(bytes);
        yield return Bsdf.Deserialize<T>(bytes.AsSpan());
        yield return Bsdf.Deserialize<T>(new MemoryStream(bytes, writable: false));
        yield return Bsdf.Deserialize<T>(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true));
        yield return Bsdf.Deserialize<T>(new TrickleStream(bytes, seekable: true, maxRead: 1000));
        yield return Bsdf.Deserialize<T>(new TrickleStream(bytes, seekable: true, maxRead: 100_000));
        yield return Bsdf.Deserialize<T>(new TrickleStream(bytes, seekable: false, maxRead: 1000));
        yield return Bsdf.DeserializeAsync<T>(new TrickleStream(bytes, seekable: true, maxRead: 1000)).GetAwaiter().GetResult();
        yield return Bsdf.DeserializeAsync<T>(new TrickleStream(bytes, seekable: false, maxRead: 1000)).GetAwaiter().GetResult();
    }

    private static byte[] WrittenToBufferWriter<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>(1);
        Bsdf.Serialize(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] WrittenToStream<T>(T value, MemoryStream stream)
    {
        Bsdf.Serialize(stream, value);
        return stream.ToArray();
    }

    private static byte[] Bytes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    private static double[] Doubles(int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (i * 0.25) - 1000;
        }

        return values;
    }

    /// <summary>A seekable stream whose data ends before the length it reports.</summary>
    private sealed class ShortStream(byte[] data, int available) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => data.Length;

        public override long Position { get => _position; set => _position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var take = (int)Math.Max(0, Math.Min(count, available - _position));
            data.AsSpan((int)_position, take).CopyTo(buffer.AsSpan(offset));
            _position += take;
            return take;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => data.Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
