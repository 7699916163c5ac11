using System.IO.Pipelines;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Streams;

public class StreamedRunTests
{
    private static string WriteRun(TemporaryDirectory directory, int records, out BsdfListStream stream)
    {
        var path = directory.File("run.bsdf");
        stream = new BsdfListStream();
        Bsdf.Save(path, new BsdfMap { ["experiment"] = "demo", ["records"] = stream });
        for (var i = 0; i < records; i++)
        {
            stream.Append(new BsdfMap { ["iteration"] = (long)i, ["values"] = new[] { i, i * 0.5 }, ["label"] = $"step {i}" });
        }

        return path;
    }

    [Fact]
    public void Typed_items_are_appended_with_their_codec()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("typed.bsdf");
        using var stream = new BsdfListStream { FlushToDiskEvery = 2 };
        Bsdf.Save(path, new List<object?> { stream });
        stream.Append(new[] { 1.0, 2.0 });
        stream.Append<string?>("text");
        stream.Append(new Dictionary<string, string?> { ["k"] = "v" });
        var items = (List<object?>)((List<object?>)Bsdf.Load(path)!)[0]!;
        Assert.Equal([1.0, 2.0], Assert.IsType<BsdfNdArray>(items[0]).ToArray<double>());
        Assert.Equal("text", items[1]);
        Assert.Equal("v", Assert.IsType<BsdfMap>(items[2])["k"]);
    }

    [Fact]
    public void Skip_scan_reaches_record_n_without_decoding_the_records_it_passes()
    {
        using var directory = new TemporaryDirectory();
        var path = WriteRun(directory, 2000, out var writer);
        writer.Dispose();
        using var file = Bsdf.Open(path, options: new BsdfOptions { LazyStreams = true });
        var records = Assert.IsType<BsdfListStreamReader>(((BsdfMap)file.Root!)["records"]);

        Assert.Equal(10, records.Skip(10));
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(1490, records.Skip(1490));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1024, $"skipping 1490 records allocated {allocated} bytes");
        Assert.True(records.TryReadNext(out var record));
        Assert.Equal(1500L, ((BsdfMap)record!)["iteration"]);
        Assert.Equal(499, records.Skip(10_000));
        Assert.False(records.TryReadNext(out _));
    }

    [Fact]
    public void An_offset_index_reads_any_record_directly()
    {
        using var directory = new TemporaryDirectory();
        var path = WriteRun(directory, 300, out var writer);
        using var file = Bsdf.Open(path, options: new BsdfOptions { LazyStreams = true });
        var index = ((BsdfListStreamReader)((BsdfMap)file.Root!)["records"]!).BuildIndex();
        Assert.Equal(300, index.Count);
        Assert.Equal("step 299", ((BsdfMap)index.ReadAt(299)!)["label"]);
        Assert.Equal("step 7", index.ReadAt<Dictionary<string, object?>>(7)["label"]);
        Assert.Equal((byte)'m', File.ReadAllBytes(path)[index.OffsetOf(42)]);
        writer.Dispose();
    }

    [Fact]
    public void A_follower_sees_new_complete_records_and_waits_for_half_written_ones()
    {
        using var directory = new TemporaryDirectory();
        var path = WriteRun(directory, 3, out var writer);
        using var follower = Bsdf.Follow(path);
        Assert.Equal(3, follower.ReadNew().Count);
        Assert.Empty(follower.ReadNew());

        var item = Bsdf.Encode(new BsdfMap { ["iteration"] = 3L });
        using (var raw = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            raw.Write(item.AsSpan(6, 5));
        }

        Assert.Empty(follower.ReadNew());
        using (var raw = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            raw.Write(item.AsSpan(11));
        }

        var late = Assert.Single(follower.ReadNew());
        Assert.Equal(3L, ((BsdfMap)late!)["iteration"]);
        Assert.False(follower.IsComplete);
        writer.Close();
        Assert.Empty(follower.ReadNew());
        Assert.True(follower.IsComplete);
        writer.Dispose();
    }

    [Fact]
    public void A_follower_can_start_before_the_first_record()
    {
        using var directory = new TemporaryDirectory();
        var path = WriteRun(directory, 0, out var writer);
        using var follower = Bsdf.Follow(path);
        Assert.Empty(follower.ReadNew());
        writer.Append(new[] { 1.0 });
        Assert.Equal([1.0], follower.ReadNew<double[]>().Single());
        writer.Dispose();
    }

    [Fact]
    public async Task Items_arrive_one_by_one_from_a_slow_stream()
    {
        using var directory = new TemporaryDirectory();
        var path = WriteRun(directory, 50, out var writer);
        writer.Dispose();
        var count = 0;
        await foreach (var record in Bsdf.ReadStreamAsync<Dictionary<string, object?>>(new TrickleStream(File.ReadAllBytes(path))))
        {
            Assert.Equal((long)count, record["iteration"]);
            count++;
        }

        Assert.Equal(50, count);
    }

    [Fact]
    public async Task An_open_stream_cut_off_mid_item_yields_its_complete_items()
    {
        using var directory = new TemporaryDirectory();
        var path = WriteRun(directory, 5, out var writer);
        var bytes = File.ReadAllBytes(path)[..^4];
        writer.Dispose();
        var warnings = new List<BsdfWarning>();
        var items = new List<object?>();
        await foreach (var item in Bsdf.ReadStreamAsync<object?>(new MemoryStream(bytes), new BsdfOptions { Warning = warnings.Add }))
        {
            items.Add(item);
        }

        Assert.Equal(4, items.Count);
        Assert.Equal(BsdfWarningKind.StreamItemCutOff, Assert.Single(warnings).Kind);
    }

    [Fact]
    public async Task A_document_without_a_stream_yields_its_root_list()
    {
        var bytes = Bsdf.Encode(new List<object?> { 1L, "two", 3.0 });
        var items = new List<object?>();
        await foreach (var item in Bsdf.ReadStreamAsync<object?>(new MemoryStream(bytes)))
        {
            items.Add(item);
        }

        Assert.Equal(new List<object?> { 1L, "two", 3.0 }, items);
    }

    [Fact]
    public async Task Typed_values_travel_through_pipes()
    {
        var pipe = new Pipe();
        await Bsdf.SerializeAsync(pipe.Writer, new[] { 1.5, 2.5 });
        await pipe.Writer.CompleteAsync();
        var values = await Bsdf.DeserializeAsync<double[]>(pipe.Reader);
        Assert.Equal([1.5, 2.5], values);
    }

    /// <summary>A stream that hands out a few bytes per read, like a slow network.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7)], cancellationToken);
    }
}
