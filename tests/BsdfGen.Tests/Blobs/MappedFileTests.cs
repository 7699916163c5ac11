using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Blobs;

public class MappedFileTests
{
    private static readonly double[] Series = Enumerable.Range(0, 1 << 20).Select(i => Math.Sin(i * 0.001)).ToArray();

    [Fact]
    public void Arrays_in_a_mapped_file_are_views_not_copies()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("arrays.bsdf");
        Bsdf.Save(path, new BsdfMap { ["series"] = Series, ["blob"] = new byte[1 << 20] }, new BsdfOptions { BlobAlignment = 64 });

        var before = GC.GetAllocatedBytesForCurrentThread();
        using var file = Bsdf.Open(path);
        var map = Assert.IsType<BsdfMap>(file.Root);
        var series = Assert.IsType<BsdfNdArray>(map["series"]);
        var blob = Assert.IsType<BsdfLazyBlob>(map["blob"]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 64 * 1024, $"opening allocated {allocated} bytes for 9 MB of data");
        Assert.True(blob.IsView);
        Assert.Equal(Series, series.AsSpan<double>().ToArray());
        Assert.Equal(0, blob.DataOffset % 64);
        Assert.Equal(1 << 20, blob.GetMemory().Length);
    }

    [Fact]
    public void Read_only_views_are_copy_on_write_and_read_write_views_reach_the_file()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("edit.bsdf");
        Bsdf.Save(path, new BsdfMap { ["values"] = new[] { 1.0, 2.0, 3.0 } });

        using (var readOnly = Bsdf.Open(path))
        {
            ((BsdfNdArray)((BsdfMap)readOnly.Root!)["values"]!).AsSpan<double>()[0] = 100;
        }

        Assert.Equal([1.0, 2.0, 3.0], ((BsdfNdArray)((BsdfMap)Bsdf.Load(path)!)["values"]!).ToArray<double>());

        using (var writable = Bsdf.Open(path, BsdfFileAccess.ReadWrite))
        {
            ((BsdfNdArray)((BsdfMap)writable.Root!)["values"]!).AsSpan<double>()[1] = 200;
        }

        Assert.Equal([1.0, 200.0, 3.0], ((BsdfNdArray)((BsdfMap)Bsdf.Load(path)!)["values"]!).ToArray<double>());
    }

    [Fact]
    public void Checksummed_views_are_verified_before_use()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("checked.bsdf");
        Bsdf.Save(path, new BsdfBlob(new byte[1000], BsdfCompression.None, useChecksum: true));
        var bytes = File.ReadAllBytes(path);
        bytes[^1] = 1;
        File.WriteAllBytes(path, bytes);
        using var file = Bsdf.Open(path);
        var blob = Assert.IsType<BsdfLazyBlob>(file.Root);
        Assert.Throws<BsdfException>(() => blob.GetMemory());
    }

    [Fact]
    public void Compressed_blobs_are_decompressed_on_demand()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("zipped.bsdf");
        Bsdf.Save(path, new BsdfMap { ["values"] = Series }, new BsdfOptions { Compression = BsdfCompression.Zlib });
        using var file = Bsdf.Open(path);
        Assert.Equal(Series, ((BsdfNdArray)((BsdfMap)file.Root!)["values"]!).ToArray<double>());
    }
}
