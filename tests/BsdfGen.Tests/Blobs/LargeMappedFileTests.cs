using System.Buffers.Binary;
using System.Text;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Blobs;

/// <summary>
/// Files larger than one <see cref="Memory{T}"/> can span (2 GiB) open through windows of the mapping. The files here
/// are sparse: their blobs are holes on disk, so a 2.4 GiB file costs a few kilobytes.
/// </summary>
public class LargeMappedFileTests
{
    // The first blob leaves more than the decoder's re-window threshold (1 GiB) of the first 2 GiB window, and the
    // second runs past that window's end: the reader moves on by the blob, then reads the tail in a new window.
    private const long FirstSize = 900L << 20;
    private const long SecondSize = 1500L << 20;
    private static readonly byte[] Marker = [1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public void A_file_over_2_GiB_opens_with_views_of_its_blobs_and_the_values_after_them()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("large.bsdf");
        WriteLargeFile(path, truncateBy: 0);
        Assert.True(new FileInfo(path).Length > int.MaxValue);

        using var file = Bsdf.Open(path);
        var map = Assert.IsType<BsdfMap>(file.Root);
        Assert.Equal(["first", "second", "tail"], map.Keys);
        var first = Assert.IsType<BsdfLazyBlob>(map["first"]);
        var second = Assert.IsType<BsdfLazyBlob>(map["second"]);
        Assert.True(first.IsView && second.IsView);
        Assert.Equal(FirstSize, first.UsedSize);
        Assert.Equal(SecondSize, second.UsedSize);
        Assert.True(second.DataOffset + second.AllocatedSize > int.MaxValue);
        Assert.Equal(Marker, second.GetMemory().Span[^Marker.Length..].ToArray());
        Assert.Equal(0, first.GetMemory().Span[^1]);
        Assert.Equal([1L, 2L, 3L], Assert.IsType<List<object?>>(map["tail"]));

        var fromDisk = new byte[Marker.Length];
        second.Read(SecondSize - Marker.Length, fromDisk);
        Assert.Equal(Marker, fromDisk);
    }

    [Fact]
    public void A_stream_after_2_GiB_of_blobs_is_read_lazily_from_its_window()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("run.bsdf");
        WriteLargeFile(path, truncateBy: 0, closedStreamTail: true);

        using var file = BsdfFile.Open(path, options: new BsdfOptions { LazyStreams = true });
        var stream = Assert.IsType<BsdfListStreamReader>(Assert.IsType<BsdfMap>(file.Root)["tail"]);
        Assert.True(stream.FirstItemOffset > int.MaxValue);
        Assert.Equal([1L, 2L, 3L], stream.ReadToEnd());
    }

    [Fact]
    public void Loading_or_decoding_a_file_over_2_GiB_into_memory_fails_clearly_pointing_to_Open()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("large.bsdf");
        WriteLargeFile(path, truncateBy: 0);

        Assert.Contains("Bsdf.Open", Assert.Throws<BsdfException>(() => Bsdf.Load(path)).Message);
        using var stream = File.OpenRead(path);
        Assert.Contains("Bsdf.Open", Assert.Throws<BsdfException>(() => Bsdf.Decode(stream, new BsdfOptions { LazyBlobs = true })).Message);
        Assert.Contains("Bsdf.Open", Assert.Throws<BsdfException>(() => Bsdf.Decode(stream)).Message);
    }

    [Fact]
    public void Following_a_stream_after_2_GiB_of_blobs_reads_its_items()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("run.bsdf");
        WriteLargeFile(path, truncateBy: 0, closedStreamTail: true);

        using var follower = Bsdf.Follow(path);
        Assert.Equal([1L, 2L, 3L], follower.ReadNew());
        Assert.True(follower.IsComplete);
    }

    [Fact]
    public void A_blob_running_past_the_end_of_a_large_file_is_reported_at_its_offset()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("cut.bsdf");
        WriteLargeFile(path, truncateBy: SecondSize / 2);

        var error = Assert.Throws<BsdfException>(() => Bsdf.Open(path).Dispose());
        Assert.True(error.IsTruncation, error.Message);
        Assert.True(error.Offset > FirstSize, error.Message);
    }

    /// <summary>
    /// {"first": blob, "second": blob ending in <see cref="Marker"/>, "tail": [1, 2, 3]}, both blobs uncompressed; the
    /// tail a plain list or a closed stream.
    /// </summary>
    private static void WriteLargeFile(string path, long truncateBy, bool closedStreamTail = false)
    {
        using var stream = new FileStream(path, FileMode.CreateNew);
        stream.Write([.. "BSDF"u8, 2, 2, (byte)'m', 3]);
        WriteHole(stream, "first", FirstSize, []);
        WriteHole(stream, "second", SecondSize, Marker);
        WriteKey(stream, "tail");
        if (closedStreamTail)
        {
            stream.Write([(byte)'l', 254, 3, 0, 0, 0, 0, 0, 0, 0, (byte)'h', 1, 0, (byte)'h', 2, 0, (byte)'h', 3, 0]);
        }
        else
        {
            stream.Write([(byte)'l', 3, (byte)'h', 1, 0, (byte)'h', 2, 0, (byte)'h', 3, 0]);
        }
        if (truncateBy > 0)
        {
            // Drop the tail (its key and list) and the last part of the second blob.
            stream.SetLength(stream.Length - 5 - 11 - truncateBy);
        }
    }

    private static void WriteHole(FileStream stream, string key, long size, byte[] lastBytes)
    {
        WriteKey(stream, key);
        stream.WriteByte((byte)'b');
        Span<byte> sizeField = stackalloc byte[9];
        sizeField[0] = 253;
        BinaryPrimitives.WriteInt64LittleEndian(sizeField[1..], size);
        for (var field = 0; field < 3; field++)
        {
            stream.Write(sizeField); // allocated, used and data size
        }

        stream.Write([0, 0, 0]); // no compression, no checksum, no alignment padding
        stream.Position += size - lastBytes.Length;
        stream.Write(lastBytes);
    }

    private static void WriteKey(FileStream stream, string key)
    {
        stream.WriteByte((byte)key.Length);
        stream.Write(Encoding.ASCII.GetBytes(key));
    }
}
