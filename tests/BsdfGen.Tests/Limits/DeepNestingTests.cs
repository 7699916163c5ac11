using BsdfGen.TestSupport;
using BsdfGen.Wire;
using Xunit;
using static BsdfGen.TestSupport.DeepNesting;

namespace BsdfGen.Tests.Limits;

/// <summary>
/// A million levels of nesting with <c>MaxDepth = int.MaxValue</c>, on the test thread and on a 256 kB stack: a
/// <see cref="BsdfException"/> or a success through every path, never a stack overflow.
/// </summary>
public class DeepNestingTests
{
    private static readonly byte[] Deep = NestedListDocument(Levels);

    /// <summary>An open list stream whose only item is the deep nesting; cut off by <paramref name="cut"/> bytes.</summary>
    private static byte[] OpenStreamOfDeepItem(int cut = 0)
    {
        byte[] stream = [.. "BSDF\u0002\u0002"u8, (byte)'l', 255, 0, 0, 0, 0, 0, 0, 0, 0, .. NestedListBytes(Levels, "v"u8)];
        return stream[..^cut];
    }

    [Fact]
    public void Skipping_deep_data_succeeds_at_any_depth() => OnBothStacks(() =>
    {
        var reader = new BsdfReader(Deep.AsSpan(6), 6);
        reader.SkipValue(int.MaxValue);
        Assert.True(reader.IsAtEnd);
    });

    [Fact]
    public void Skipping_still_honours_the_depth_it_is_given()
    {
        var error = Assert.Throws<BsdfException>(() =>
        {
            var reader = new BsdfReader(Deep.AsSpan(6), 6);
            reader.SkipValue(Levels - 1);
        });
        Assert.Equal(6 + 2L * Levels, error.Offset);
    }

    [Fact]
    public void Dynamic_decoding_fails_cleanly() => OnBothStacks(() =>
    {
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(Deep, AnyDepth));
        Assert.Contains("too deep for the stack", error.Message);
        Assert.Throws<BsdfException>(() => Bsdf.Decode(new MemoryStream(Deep), AnyDepth));
    });

    [Fact]
    public void Open_stream_items_fail_cleanly_or_are_left_out_when_cut() => OnBothStacks(() =>
    {
        Assert.Contains("too deep", Assert.Throws<BsdfException>(() => Bsdf.Decode(OpenStreamOfDeepItem(), AnyDepth)).Message);
        Assert.Empty(Assert.IsType<List<object?>>(Bsdf.Decode(OpenStreamOfDeepItem(cut: 1), AnyDepth)));
        var lazy = AnyDepth with { LazyStreams = true };
        var stream = Assert.IsType<BsdfListStreamReader>(Bsdf.Decode(OpenStreamOfDeepItem().AsMemory(), lazy));
        Assert.Throws<BsdfException>(() => stream.TryReadNext(out _));
        var cut = Assert.IsType<BsdfListStreamReader>(Bsdf.Decode(OpenStreamOfDeepItem(cut: 1).AsMemory(), lazy));
        Assert.Empty(cut.ReadToEnd());
    });

    [Fact]
    public void Typed_reads_of_dynamic_values_fail_cleanly() => OnBothStacks(() =>
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<object>(Deep, AnyDepth)));

    [Fact]
    public void Dynamic_encoding_fails_cleanly() => OnBothStacks(() =>
    {
        var root = new List<object?>();
        var innermost = root;
        for (var i = 0; i < Levels; i++)
        {
            var next = new List<object?>();
            innermost.Add(next);
            innermost = next;
        }

        Assert.Contains("too deep", Assert.Throws<BsdfException>(() => Bsdf.Encode(root, AnyDepth)).Message);
    });
}
