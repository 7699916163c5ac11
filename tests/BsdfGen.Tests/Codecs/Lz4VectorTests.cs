using System.Buffers.Binary;
using BsdfGen.Codecs.Lz4;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Codecs;

/// <summary>The size-prefixed blocks python-lz4 (liblz4 1.9.4) wrote, in default and high-compression modes.</summary>
public class Lz4VectorTests
{
    private const string Folder = "lz4";

    public static IEnumerable<object[]> AllCases => SharedVectors.Cases(Folder);

    public static IEnumerable<object[]> DefaultModeCases => SharedVectors.Cases(Folder, item => item.GetProperty("mode").GetString() == "default");

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Vector_decompresses_to_its_raw_bytes(string name)
    {
        var raw = Raw(name);
        var framed = File.ReadAllBytes(SharedVectors.PathOf(Folder, name + ".lz4"));
        Assert.Equal(SharedVectors.Case(Folder, name).GetProperty("compressed_size").GetInt32(), framed.Length);

        Assert.Equal(raw, Lz4SizePrefixedBlock.Decompress(framed, raw.Length));
    }

    [Theory]
    [MemberData(nameof(DefaultModeCases))]
    public void Our_compression_of_the_raw_bytes_decompresses_with_us_and_with_liblz4(string name)
    {
        var raw = Raw(name);
        var framed = Lz4SizePrefixedBlock.Compress(raw);

        Assert.Equal(raw.Length, BinaryPrimitives.ReadInt32LittleEndian(framed));
        Assert.Equal(raw, Lz4SizePrefixedBlock.Decompress(framed, raw.Length));
        Assert.Equal(raw, NativeLz4.Decompress(framed.AsSpan(4), raw.Length));
    }

    [Theory]
    [MemberData(nameof(DefaultModeCases))]
    public void Our_compressed_size_is_close_to_liblz4_default_mode(string name)
    {
        var reference = File.ReadAllBytes(SharedVectors.PathOf(Folder, name + ".lz4")).Length;
        var ours = Lz4SizePrefixedBlock.Compress(Raw(name)).Length;

        Assert.True(ours <= (reference * 1.1) + 8, $"{name}: {ours} bytes against liblz4's {reference}");
    }

    [Fact]
    public void Empty_input_frames_as_a_zero_size_and_one_empty_literal_token()
    {
        var framed = Lz4SizePrefixedBlock.Compress([]);

        Assert.Equal(new byte[] { 0, 0, 0, 0, 0 }, framed);
        Assert.Equal(File.ReadAllBytes(SharedVectors.PathOf(Folder, "empty.lz4")), framed);
        Assert.Empty(Lz4SizePrefixedBlock.Decompress(framed, 0));
    }

    [Theory]
    [InlineData("one_byte")]
    [InlineData("twelve")]
    [InlineData("thirteen_repeat")]
    [InlineData("run_offset1")]
    public void Tiny_inputs_compress_to_the_same_bytes_as_liblz4(string name)
    {
        Assert.Equal(File.ReadAllBytes(SharedVectors.PathOf(Folder, name + ".lz4")), Lz4SizePrefixedBlock.Compress(Raw(name)));
    }

    private static byte[] Raw(string name)
    {
        var item = SharedVectors.Case(Folder, name);
        var raw = File.ReadAllBytes(SharedVectors.PathOf(Folder, item.GetProperty("raw").GetString()!));
        Assert.Equal(item.GetProperty("raw_size").GetInt32(), raw.Length);
        return raw;
    }
}
