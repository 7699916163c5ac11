using BsdfGen.Tests.Support;
using BsdfGen.Wire;
using Xunit;

namespace BsdfGen.Tests.Blobs;

public class BlobTests
{
    private static readonly byte[] Payload = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public void Small_default_blobs_are_written_as_the_general_path_writes_them_at_every_offset()
    {
        foreach (var length in new[] { 0, 1, 7, 8, 9, 100, 249, 250, 251 })
        {
            for (var offset = 0; offset < 17; offset++)
            {
                var data = Payload[..length];
                Assert.Equal(Written(offset, (ref BsdfWriter writer) => writer.WriteEncodedBlob(data, data.Length, BsdfBlobSettings.Default)),
                    Written(offset, (ref BsdfWriter writer) => writer.WriteBlob(data)));
            }
        }

        static byte[] Written(int offset, WriteAction write)
        {
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            var writer = new BsdfWriter(output, offset);
            write(ref writer);
            writer.Flush();
            return output.WrittenSpan.ToArray();
        }
    }

    private delegate void WriteAction(ref BsdfWriter writer);

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(128)]
    [InlineData(256)]
    public void Uncompressed_data_starts_on_the_requested_boundary(int alignment)
    {
        for (var prefix = 0; prefix < 20; prefix++)
        {
            var value = new List<object?> { new string('x', prefix), Payload };
            var bytes = Bsdf.Encode(value, new BsdfOptions { BlobAlignment = alignment });
            var header = BlobHeaderAfterString(bytes);
            Assert.Equal(0, header.DataOffset % alignment);
            DynamicAssert.Equal(value, Bsdf.Decode(bytes));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(300)]
    public void Alignment_can_be_set_per_blob(int prefix)
    {
        var blob = new BsdfBlob(Payload, new BsdfBlobSettings { Alignment = 64 });
        var bytes = Bsdf.Encode(new List<object?> { new string('x', prefix), blob });
        Assert.Equal(0, BlobHeaderAfterString(bytes).DataOffset % 64);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(512)]
    public void Invalid_alignments_are_rejected(int alignment)
    {
        Assert.Throws<BsdfException>(() => new BsdfBlob(Payload, new BsdfBlobSettings { Alignment = alignment }));
    }

    [Theory]
    [InlineData(BsdfCompression.None)]
    [InlineData(BsdfCompression.Zlib)]
    [InlineData(BsdfCompression.Bz2)]
    public void Compressed_blobs_round_trip_with_checksums(BsdfCompression compression)
    {
        var bytes = Bsdf.Encode(new BsdfBlob(Payload, compression, extraSize: 10, useChecksum: true));
        Assert.Equal(Payload, Bsdf.Decode(bytes));
        var options = new BsdfOptions { Compression = compression, UseChecksum = true };
        Assert.Equal(Payload, Bsdf.Decode(Bsdf.Encode(Payload, options)));
    }

    [Fact]
    public void Zlib_blobs_are_plain_rfc1950_streams()
    {
        var bytes = Bsdf.Encode(new BsdfBlob(Payload, BsdfCompression.Zlib));
        var reader = new BsdfReader(bytes);
        reader.ReadHeader();
        reader.ReadValueHeader();
        var header = reader.ReadBlobBody();
        var used = reader.ReadBlobData(header).ToArray();
        Assert.Equal(0x78, used[0]);
        using var inflater = new System.IO.Compression.ZLibStream(new MemoryStream(used), System.IO.Compression.CompressionMode.Decompress);
        var output = new MemoryStream();
        inflater.CopyTo(output);
        Assert.Equal(Payload, output.ToArray());
        Assert.Equal(0, header.Alignment);
    }

    [Fact]
    public void Corrupted_checksum_is_an_error_unless_verification_is_off()
    {
        var bytes = Bsdf.Encode(new BsdfBlob(Payload, BsdfCompression.None, useChecksum: true));
        bytes[^1] ^= 0xFF;
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes));
        Assert.Contains("checksum", error.Message);
        var data = Assert.IsType<byte[]>(Bsdf.Decode(bytes, new BsdfOptions { VerifyChecksums = false }));
        Assert.Equal(Payload[^1] ^ 0xFF, data[^1]);
    }

    [Fact]
    public void Spare_space_is_allocated_and_skipped()
    {
        var bytes = Bsdf.Encode(new List<object?> { new BsdfBlob(Payload, BsdfCompression.None, extraSize: 100), "after" });
        var value = Assert.IsType<List<object?>>(Bsdf.Decode(bytes));
        Assert.Equal(Payload, value[0]);
        Assert.Equal("after", value[1]);
    }

    [Fact]
    public void Lazy_blobs_from_memory_expose_the_header_and_read_on_demand()
    {
        var bytes = Bsdf.Encode(new BsdfMap { ["a"] = new BsdfBlob(Payload, BsdfCompression.None, extraSize: 24, useChecksum: true), ["b"] = new BsdfBlob(Payload, BsdfCompression.Bz2) });
        var map = Assert.IsType<BsdfMap>(Bsdf.Decode(bytes.AsMemory(), new BsdfOptions { LazyBlobs = true }));
        var plain = Assert.IsType<BsdfLazyBlob>(map["a"]);
        Assert.Equal(Payload.Length + 24, plain.AllocatedSize);
        Assert.Equal(Payload.Length, plain.UsedSize);
        Assert.True(plain.HasChecksum);
        Assert.Equal(0, plain.DataOffset % 8);
        var part = new byte[10];
        plain.Read(100, part);
        Assert.Equal(Payload.AsSpan(100, 10).ToArray(), part);
        Assert.False(plain.CanWrite);
        var compressed = Assert.IsType<BsdfLazyBlob>(map["b"]);
        Assert.Equal(BsdfCompression.Bz2, compressed.Compression);
        Assert.Equal(Payload, compressed.GetBytes());
    }

    [Fact]
    public void Blobs_in_a_file_opened_for_update_are_edited_in_place_with_a_fresh_checksum()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("edit.bsdf");
        Bsdf.Save(path, new BsdfMap { ["data"] = new BsdfBlob(Payload, BsdfCompression.None, extraSize: 50, useChecksum: true), ["tail"] = 1L });
        var lengthBefore = new FileInfo(path).Length;
        using (var file = BsdfFile.Open(path, BsdfFileAccess.ReadWrite))
        {
            var blob = Assert.IsType<BsdfLazyBlob>(((BsdfMap)file.Root!)["data"]);
            Assert.True(blob.CanWrite);
            blob.Write(0, [1, 2, 3]);
            blob.Write(Payload.Length, new byte[20]);
            Assert.Equal(Payload.Length + 20, blob.UsedSize);
            Assert.Throws<ArgumentOutOfRangeException>(() => blob.Write(Payload.Length + 40, new byte[20]));
        }

        Assert.Equal(lengthBefore, new FileInfo(path).Length);
        var map = Assert.IsType<BsdfMap>(Bsdf.Load(path));
        var data = Assert.IsType<byte[]>(map["data"]);
        Assert.Equal(Payload.Length + 20, data.Length);
        Assert.Equal([1, 2, 3], data[..3]);
        Assert.Equal(Payload[3..], data[3..Payload.Length]);
        Assert.Equal(1L, map["tail"]);
    }

    [Fact]
    public void Lazy_blobs_from_a_seekable_stream_read_and_edit_the_stream()
    {
        var memory = new MemoryStream();
        memory.Write("prefix"u8);
        Bsdf.Save(memory, new List<object?> { "x", new BsdfBlob(Payload, BsdfCompression.None, useChecksum: true) });
        memory.Position = 6;
        var list = Assert.IsType<List<object?>>(Bsdf.Decode(memory, new BsdfOptions { LazyBlobs = true }));
        var blob = Assert.IsType<BsdfLazyBlob>(list[1]);
        Assert.Equal(0, blob.DataOffset % 8);
        Assert.Equal(Payload, blob.GetBytes());
        blob.Write(10, [0xAB]);
        memory.Position = 6;
        var edited = Assert.IsType<byte[]>(((List<object?>)Bsdf.Decode(memory)!)[1]);
        Assert.Equal(0xAB, edited[10]);
    }

    [Fact]
    public void Small_blobs_grow_in_place_within_one_byte_sizes()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("small.bsdf");
        Bsdf.Save(path, new BsdfBlob(new byte[] { 9, 9 }, BsdfCompression.None, extraSize: 10));
        using (var file = BsdfFile.Open(path, BsdfFileAccess.ReadWrite))
        {
            ((BsdfLazyBlob)file.Root!).Write(2, [7, 7, 7]);
        }

        Assert.Equal(new byte[] { 9, 9, 7, 7, 7 }, Bsdf.Load(path));
    }

    [Fact]
    public void Read_only_files_and_compressed_blobs_refuse_edits()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("ro.bsdf");
        Bsdf.Save(path, new List<object?> { Payload, new BsdfBlob(Payload, BsdfCompression.Zlib) });
        using var readOnly = BsdfFile.Open(path);
        var items = (List<object?>)readOnly.Root!;
        Assert.Throws<InvalidOperationException>(() => ((BsdfLazyBlob)items[0]!).Write(0, [1]));
        using var writable = BsdfFile.Open(path, BsdfFileAccess.ReadWrite);
        Assert.Throws<InvalidOperationException>(() => ((BsdfLazyBlob)((List<object?>)writable.Root!)[1]!).Write(0, [1]));
    }

    [Fact]
    public void Handles_stop_working_when_the_file_is_closed()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("closed.bsdf");
        Bsdf.Save(path, Payload);
        var file = BsdfFile.Open(path);
        var blob = (BsdfLazyBlob)file.Root!;
        file.Dispose();
        Assert.Throws<ObjectDisposedException>(() => blob.GetBytes());
    }

    [Fact]
    public void Zip_bombs_are_refused_before_allocating_the_declared_size()
    {
        var bytes = Bsdf.Encode(new BsdfBlob(new byte[1 << 20], BsdfCompression.Zlib));
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes, new BsdfOptions { MaxBlobSize = 1000 }));
        Assert.Contains("MaxBlobSize", error.Message);
    }

    private static BsdfBlobHeader BlobHeaderAfterString(byte[] bytes)
    {
        var reader = new BsdfReader(bytes);
        reader.ReadHeader();
        reader.ReadValueHeader();
        reader.ReadListBody(out _);
        reader.ReadValueHeader();
        reader.ReadStringBody();
        Assert.Equal(BsdfValueKind.Blob, reader.ReadValueHeader());
        return reader.ReadBlobBody();
    }
}
