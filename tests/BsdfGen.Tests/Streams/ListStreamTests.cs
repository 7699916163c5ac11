using BsdfGen.Tests.Support;
using BsdfGen.Wire;
using Xunit;

namespace BsdfGen.Tests.Streams;

public class ListStreamTests
{
    [Fact]
    public void Appended_items_are_readable_while_the_stream_is_open()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("run.bsdf");
        using var stream = new BsdfListStream();
        Bsdf.Save(path, new List<object?> { 3L, 4L, 5L, stream });
        Assert.Equal(BsdfListKind.OpenStream, StreamKind(path));
        Assert.Equal(new List<object?> { 3L, 4L, 5L, new List<object?>() }, Bsdf.Load(path));
        stream.Append(6L);
        stream.Append("seven");
        stream.Flush();
        DynamicAssert.Equal(new List<object?> { 3L, 4L, 5L, new List<object?> { 6L, "seven" } }, Bsdf.Load(path));
        Assert.Equal(2, stream.Count);
    }

    [Fact]
    public void Closing_records_the_count_and_appending_after_it_reopens_the_stream_on_disk_first()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("closed.bsdf");
        using var stream = new BsdfListStream();
        Bsdf.Save(path, new BsdfMap { ["name"] = "run", ["items"] = stream });
        stream.Append(1L);
        stream.Append(2L);
        stream.Close();
        Assert.Equal(BsdfListKind.ClosedStream, StreamKind(path));
        stream.Append(3L);

        // A writer that dies now loses nothing: the stream is open again, so readers read every complete item.
        Assert.Equal(BsdfListKind.OpenStream, StreamKind(path));
        Assert.False(stream.IsClosed);
        DynamicAssert.Equal(new List<object?> { 1L, 2L, 3L }, ((BsdfMap)Bsdf.Load(path)!)["items"]);
        stream.Close();
        Assert.Equal(BsdfListKind.ClosedStream, StreamKind(path));
        DynamicAssert.Equal(new List<object?> { 1L, 2L, 3L }, ((BsdfMap)Bsdf.Load(path)!)["items"]);
    }

    [Fact]
    public void Unstreaming_turns_the_stream_into_a_plain_list()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("plain.bsdf");
        var stream = new BsdfListStream();
        Bsdf.Save(path, new List<object?> { stream });
        stream.Append(new BsdfMap { ["x"] = 1.5 });
        stream.Close(unstream: true);
        Assert.Throws<InvalidOperationException>(() => stream.Append(1L));
        stream.Dispose();
        Assert.Equal(BsdfListKind.Regular, StreamKind(path));
        DynamicAssert.Equal(new List<object?> { new List<object?> { new BsdfMap { ["x"] = 1.5 } } }, Bsdf.Load(path));
    }

    [Fact]
    public void Disposing_closes_an_open_stream()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("disposed.bsdf");
        using (var stream = new BsdfListStream())
        {
            Bsdf.Save(path, new List<object?> { stream });
            stream.Append(true);
        }

        Assert.Equal(BsdfListKind.ClosedStream, StreamKind(path));
        DynamicAssert.Equal(new List<object?> { new List<object?> { true } }, Bsdf.Load(path));
    }

    [Fact]
    public void An_item_cut_off_by_a_dying_writer_is_left_out_with_a_warning()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("cut.bsdf");
        var stream = new BsdfListStream();
        Bsdf.Save(path, new List<object?> { stream });
        stream.Append("complete");
        stream.Append(new string('y', 300));
        var bytes = File.ReadAllBytes(path);
        var cut = bytes[..^5];
        var warnings = new List<BsdfWarning>();
        var value = Bsdf.Decode(cut, new BsdfOptions { Warning = warnings.Add });
        DynamicAssert.Equal(new List<object?> { new List<object?> { "complete" } }, value);
        Assert.Equal(BsdfWarningKind.StreamItemCutOff, Assert.Single(warnings).Kind);
        stream.Dispose();
    }

    [Fact]
    public void Streams_can_be_read_lazily_item_by_item()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("lazy.bsdf");
        var stream = new BsdfListStream();
        Bsdf.Save(path, new BsdfMap { ["meta"] = "x", ["records"] = stream });
        for (var i = 0; i < 100; i++)
        {
            stream.Append(new BsdfMap { ["i"] = (long)i, ["values"] = new[] { i, i + 1.0 } });
        }

        foreach (var bytes in new[] { File.ReadAllBytes(path) })
        {
            var map = Assert.IsType<BsdfMap>(Bsdf.Decode(bytes.AsMemory(), new BsdfOptions { LazyStreams = true }));
            var reader = Assert.IsType<BsdfListStreamReader>(map["records"]);
            Assert.Equal(BsdfListKind.OpenStream, reader.Kind);
            Assert.True(reader.TryReadNext(out var first));
            Assert.Equal(0L, ((BsdfMap)first!)["i"]);
            Assert.Equal(1, reader.ItemsRead);
            var rest = reader.ReadToEnd();
            Assert.Equal(99, rest.Count);
            Assert.Equal(new[] { 99.0, 100.0 }, ((BsdfNdArray)((BsdfMap)rest[^1]!)["values"]!).ToArray<double>());
            Assert.Equal(100, reader.Count());
        }

        stream.Close();
        using var file = BsdfFile.Open(path, options: new BsdfOptions { LazyStreams = true });
        var closed = Assert.IsType<BsdfListStreamReader>(((BsdfMap)file.Root!)["records"]);
        Assert.Equal(100, closed.DeclaredCount);
        Assert.Equal(100, closed.ReadToEnd().Count);
        stream.Dispose();
    }

    [Fact]
    public void Closed_stream_ignores_items_after_its_count_also_lazily()
    {
        var bytes = File.ReadAllBytes(SharedVectors.PathOf("bsdf", "core", "stream_closed_early.bsdf"));
        var list = Assert.IsType<List<object?>>(Bsdf.Decode(bytes.AsMemory(), new BsdfOptions { LazyStreams = true }));
        var reader = Assert.IsType<BsdfListStreamReader>(list[3]);
        Assert.Equal(new List<object?> { 6L, 7L }, reader.ReadToEnd());
    }

    [Fact]
    public void Several_threads_can_append_through_one_stream()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("threads.bsdf");
        using var stream = new BsdfListStream();
        Bsdf.Save(path, new List<object?> { stream });
        Parallel.For(0, 4, producer =>
        {
            for (var i = 0; i < 250; i++)
            {
                stream.Append(new List<object?> { (long)producer, (long)i });
            }
        });
        stream.Close();
        var items = Assert.IsType<List<object?>>(((List<object?>)Bsdf.Load(path)!)[0]);
        Assert.Equal(1000, items.Count);
        Assert.Equal(1000, items.Cast<List<object?>>().Select(pair => (pair[0], pair[1])).Distinct().Count());
    }

    [Fact]
    public void A_stream_must_be_the_last_value_and_the_failed_save_leaves_nothing()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("bad.bsdf");
        var error = Assert.Throws<BsdfException>(() => Bsdf.Save(path, new List<object?> { new BsdfListStream(), 1L }));
        Assert.Contains("last value", error.Message);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Streams_need_a_file_or_seekable_stream()
    {
        Assert.Throws<BsdfException>(() => Bsdf.Encode(new List<object?> { new BsdfListStream() }));
        var memory = new MemoryStream();
        var stream = new BsdfListStream();
        Bsdf.Save(memory, new List<object?> { stream });
        stream.Append(5L);
        stream.Close();
        DynamicAssert.Equal(new List<object?> { new List<object?> { 5L } }, Bsdf.Decode(memory.ToArray()));
    }

    [Fact]
    public void Items_after_a_stream_inside_a_container_are_rejected()
    {
        // A list that claims two items but whose first item is a closed stream: the stream must come last.
        byte[] bytes = [.. "BSDF"u8, 2, 2, (byte)'l', 2, (byte)'l', 254, 1, 0, 0, 0, 0, 0, 0, 0, (byte)'v', (byte)'v'];
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes));
        Assert.Contains("last value", error.Message);
    }

    private static BsdfListKind StreamKind(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var index = Array.IndexOf(bytes, (byte)'l', 6);
        while (index >= 0)
        {
            if (bytes[index + 1] is 253 or 254 or 255 && index + 10 <= bytes.Length)
            {
                var reader = new BsdfReader(bytes.AsSpan(index + 1));
                reader.ReadListBody(out var kind);
                return kind;
            }

            index = Array.IndexOf(bytes, (byte)'l', index + 1);
        }

        return BsdfListKind.Regular;
    }
}
