using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Limits;

/// <summary>
/// With <see cref="BsdfOptions.Untrusted"/>, decoding costs at most a small multiple of the input plus 64 MiB: every
/// bomb is a <see cref="BsdfException"/> naming the option that lifts the limit, before the memory is allocated.
/// </summary>
public class DecodeBudgetTests
{
    private const long MiB = 1 << 20;

    // Six zlib blobs of 48 MiB: each within the per-blob limit, together over the 64 MiB budget.
    private static readonly Lazy<byte[]> ZlibBomb = new(() => Bombs.ListOfBlobs(Bombs.ZeroBlob(48 * MiB, BsdfCompression.Zlib), 6));

    // Eight bz2 blobs of 40 MiB.
    private static readonly Lazy<byte[]> Bz2Bomb = new(() => Bombs.ListOfBlobs(Bombs.ZeroBlob(40 * MiB, BsdfCompression.Bz2), 8));

    // A null column claiming 2^31 - 1 rows: its mask is a 1 MiB LZ4 block that expands to 256 MiB.
    private static readonly Lazy<byte[]> NullFrameBomb = new(() => Bombs.NullFrame(int.MaxValue));

    private static BsdfException FailsWithin(long allocationLimit, Func<object?> decode, string option)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<BsdfException>(decode);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(error.Message.Contains($"BsdfOptions.{option}", StringComparison.Ordinal), error.Message);
        Assert.Equal(option, error.Limit);
        Assert.True(error.Offset > 0, error.Message);
        Assert.True(allocated < allocationLimit, $"{allocated} bytes allocated: {error.Message}");
        return error;
    }

    [Fact]
    public void The_untrusted_preset_bounds_everything()
    {
        var options = BsdfOptions.Untrusted;
        Assert.Equal(64 * MiB, options.MaxDecodedBytes);
        Assert.Equal(64 * MiB, options.MaxBlobSize);
        Assert.Equal(64, options.MaxDepth);
        Assert.True(options.MaxCollectionCount <= 1 << 24 && options.MaxFrameRows <= 1 << 24 && options.MaxStringLength <= 16 * MiB);
        Assert.Same(options, BsdfOptions.Untrusted);
    }

    [Fact]
    public void The_default_budget_is_sized_from_the_memory_the_process_may_use()
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        Assert.InRange(BsdfOptions.Default.MaxDecodedBytes, Math.Min(64 * MiB, available), Math.Max(64 * MiB, available));
    }

    [Fact]
    public void Zlib_blobs_that_together_exceed_the_budget_fail()
    {
        Assert.True(ZlibBomb.Value.Length < 2 * MiB);
        var error = FailsWithin(160 * MiB, () => Bsdf.Decode(ZlibBomb.Value, BsdfOptions.Untrusted), "MaxDecodedBytes");
        Assert.Contains("already used", error.Message);
    }

    [Fact]
    public void Bz2_blobs_that_together_exceed_the_budget_fail()
    {
        Assert.True(Bz2Bomb.Value.Length < 64 * 1024);
        FailsWithin(160 * MiB, () => Bsdf.Decode(Bz2Bomb.Value, BsdfOptions.Untrusted), "MaxDecodedBytes");
    }

    [Fact]
    public void A_blob_declaring_a_gigabyte_fails_before_decompressing()
    {
        var bomb = Bombs.ListOfBlobs(Bombs.BlobValue(new byte[16], 1L << 30, BsdfCompression.Zlib), 6);
        FailsWithin(MiB, () => Bsdf.Decode(bomb, BsdfOptions.Untrusted), "MaxBlobSize");
        FailsWithin(MiB, () => Bsdf.Decode(bomb, BsdfOptions.Untrusted with { MaxBlobSize = int.MaxValue }), "MaxDecodedBytes");
    }

    [Fact]
    public void The_default_budget_stops_the_sum_of_blobs_each_under_MaxBlobSize()
    {
        // Twelve blobs of 2 GiB - 1 declared: each within the default MaxBlobSize, together more than the memory.
        var bomb = Bombs.ListOfBlobs(Bombs.BlobValue(new byte[16], Array.MaxLength, BsdfCompression.Bz2), 12);
        var budget = BsdfOptions.Default with { MaxDecodedBytes = 3L * Array.MaxLength };
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bomb, budget));
        Assert.DoesNotContain("MaxDecodedBytes", error.Message);
        Assert.Contains("Corrupt", error.Message);
        var over = BsdfOptions.Default with { MaxDecodedBytes = Array.MaxLength - 1 };
        FailsWithin(MiB, () => Bsdf.Decode(bomb, over), "MaxDecodedBytes");
    }

    [Fact]
    public void Typed_reads_share_the_budget()
    {
        var one = Bombs.ListOfBlobs(Bombs.ZeroBlob(80 * MiB, BsdfCompression.Zlib), 1)[8..];
        one = [.. "BSDF\u0002\u0002"u8, .. one];
        FailsWithin(MiB, () => Bsdf.Deserialize<byte[]>(one, BsdfOptions.Untrusted with { MaxBlobSize = int.MaxValue }), "MaxDecodedBytes");
        FailsWithin(160 * MiB, () => Bsdf.Deserialize<object>(ZlibBomb.Value, BsdfOptions.Untrusted), "MaxDecodedBytes");
    }

    [Fact]
    public void Streams_and_files_share_the_budget()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("bomb.bsdf");
        File.WriteAllBytes(path, ZlibBomb.Value);
        FailsWithin(160 * MiB, () => Bsdf.Load(path, BsdfOptions.Untrusted), "MaxDecodedBytes");
        using (var stream = File.OpenRead(path))
        {
            FailsWithin(160 * MiB, () => Bsdf.Decode(stream, BsdfOptions.Untrusted), "MaxDecodedBytes");
        }

        using var file = Bsdf.Open(path, options: BsdfOptions.Untrusted with { LazyBlobs = true });
        var blobs = Assert.IsType<List<object?>>(file.Root);
        Assert.Equal(48 * MiB, Assert.IsType<BsdfLazyBlob>(blobs[0]).GetBytes().Length);
        var huge = Bombs.ListOfBlobs(Bombs.BlobValue(new byte[16], 1L << 30, BsdfCompression.Zlib), 1);
        var lazy = (BsdfLazyBlob)((List<object?>)Bsdf.Decode(huge, BsdfOptions.Untrusted with { LazyBlobs = true, MaxBlobSize = int.MaxValue })!)[0]!;
        FailsWithin(MiB, lazy.GetBytes, "MaxDecodedBytes");
    }

    [Fact]
    public void A_null_column_claiming_two_billion_rows_fails()
    {
        var bomb = NullFrameBomb.Value;
        Assert.True(bomb.Length < 2 * MiB);
        FailsWithin(MiB, () => Bsdf.Decode(bomb, BsdfOptions.Untrusted), "MaxFrameRows");
        FailsWithin(MiB, () => Bsdf.Decode(bomb, BsdfOptions.Untrusted with { MaxFrameRows = int.MaxValue, MaxBlobSize = int.MaxValue }), "MaxDecodedBytes");
        FailsWithin(MiB, () => Bsdf.Deserialize<BsdfDataFrame>(bomb, BsdfOptions.Untrusted), "MaxFrameRows");
        var reader = new Wire.BsdfReader(bomb.AsSpan(6), 6);
        try
        {
            BsdfDataFrame.ReadFrom(ref reader, BsdfOptions.Untrusted);
            Assert.Fail("the frame was read");
        }
        catch (BsdfException error)
        {
            Assert.Contains("BsdfOptions.MaxFrameRows", error.Message);
        }
    }

    [Fact]
    public void Collections_and_strings_over_their_limits_fail()
    {
        var list = Bsdf.Encode(Enumerable.Repeat<object?>(null, 100).ToList());
        FailsWithin(MiB, () => Bsdf.Decode(list, BsdfOptions.Untrusted with { MaxCollectionCount = 99 }), "MaxCollectionCount");
        Assert.Equal(100, Assert.IsType<List<object?>>(Bsdf.Decode(list, BsdfOptions.Untrusted with { MaxCollectionCount = 100 })).Count);
        var map = Bsdf.Encode(new BsdfMap { ["a"] = 1L, ["b"] = 2L });
        FailsWithin(MiB, () => Bsdf.Decode(map, BsdfOptions.Untrusted with { MaxCollectionCount = 1 }), "MaxCollectionCount");
        var text = Bsdf.Encode(new string('x', 300));
        FailsWithin(MiB, () => Bsdf.Decode(text, BsdfOptions.Untrusted with { MaxStringLength = 299 }), "MaxStringLength");
        var key = Bsdf.Encode(new BsdfMap { [new string('k', 300)] = 1L });
        FailsWithin(MiB, () => Bsdf.Decode(key, BsdfOptions.Untrusted with { MaxStringLength = 299 }), "MaxStringLength");
        Assert.Equal(new string('x', 300), Bsdf.Decode(text, BsdfOptions.Untrusted));
    }

    [Fact]
    public void Data_within_the_budget_decodes_and_the_next_call_starts_afresh()
    {
        var one = Bombs.ListOfBlobs(Bombs.ZeroBlob(40 * MiB, BsdfCompression.Zlib), 1);
        for (var i = 0; i < 3; i++)
        {
            var blobs = Assert.IsType<List<object?>>(Bsdf.Decode(one, BsdfOptions.Untrusted));
            Assert.Equal(40 * MiB, Assert.IsType<byte[]>(blobs[0]).Length);
        }
    }
}
