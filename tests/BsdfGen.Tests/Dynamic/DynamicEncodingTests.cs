using System.Buffers;
using System.Collections.ObjectModel;
using BsdfGen.Tests.Support;
using BsdfGen.Wire;
using Xunit;

namespace BsdfGen.Tests.Dynamic;

public class DynamicEncodingTests
{
    [Fact]
    public void The_front_page_example_encodes_to_the_reference_bytes()
    {
        var bytes = Bsdf.Encode(new List<object?> { "just some objects", new BsdfMap { ["foo"] = true, ["bar"] = null }, 42.001 });
        Assert.Equal(48, bytes.Length);
        Assert.Equal("BSDF\u0002\u0002l\u0003s\u0011just some objectsm\u0002\u0003fooy\u0003barvd"u8.ToArray(), bytes[..40]);
    }

    [Theory]
    [InlineData(-32768L, 'h')]
    [InlineData(32767L, 'h')]
    [InlineData(32768L, 'i')]
    [InlineData(-32769L, 'i')]
    public void Integers_use_int16_exactly_within_its_range(long value, char typeId)
    {
        Assert.Equal((byte)typeId, Bsdf.Encode(value)[6]);
    }

    public static IEnumerable<object[]> DotnetScalars =>
    [
        [(sbyte)-5, -5L], [(byte)200, 200L], [(short)-300, -300L], [(ushort)65535, 65535L], [7, 7L], [7u, 7L], [(ulong)long.MaxValue, long.MaxValue],
        [1.5f, 1.5], [(Half)2.5, 2.5], ['x', "x"], [12.345m, "12.345"],
    ];

    [Theory]
    [MemberData(nameof(DotnetScalars))]
    public void Dotnet_scalars_encode_as_their_BSDF_counterparts(object value, object expected)
    {
        Assert.Equal(expected, Bsdf.Decode(Bsdf.Encode(value)));
    }

    [Fact]
    public void Floats_are_written_as_float32_when_float64_is_off()
    {
        var bytes = Bsdf.Encode(new List<object?> { 1.5, 4.2 }, new BsdfOptions { Float64 = false });
        Assert.Equal((byte)'f', bytes[8]);
        Assert.Equal(new List<object?> { 1.5, (double)4.2f }, Bsdf.Decode(bytes));
    }

    [Fact]
    public void Dictionaries_of_any_kind_become_mappings_in_their_order()
    {
        var map = new BsdfMap { ["z"] = 1L, ["a"] = 2L, ["m"] = 3L };
        Assert.Equal(["z", "a", "m"], Assert.IsType<BsdfMap>(Bsdf.Decode(Bsdf.Encode(map))).Keys);
        var typed = new Dictionary<string, int> { ["one"] = 1 };
        DynamicAssert.Equal(new BsdfMap { ["one"] = 1L }, Bsdf.Decode(Bsdf.Encode(typed)));
        var readOnly = new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["k"] = "v" });
        DynamicAssert.Equal(new BsdfMap { ["k"] = "v" }, Bsdf.Decode(Bsdf.Encode(readOnly)));
    }

    [Fact]
    public void Sequences_become_lists()
    {
        DynamicAssert.Equal(new List<object?> { "a", "b" }, Bsdf.Decode(Bsdf.Encode(new[] { "a", "b" })));
        DynamicAssert.Equal(new List<object?> { 1L, 2L, 3L }, Bsdf.Decode(Bsdf.Encode(Enumerable.Range(1, 3))));
        DynamicAssert.Equal(new List<object?> { 1L, 2L }, Bsdf.Decode(Bsdf.Encode(new HashSet<long> { 1, 2 })));
    }

    [Fact]
    public void Values_without_a_BSDF_form_are_clear_errors()
    {
        Assert.Contains("Cannot encode", Assert.Throws<BsdfException>(() => Bsdf.Encode(new object())).Message);
        Assert.Contains("64 bits", Assert.Throws<BsdfException>(() => Bsdf.Encode(ulong.MaxValue)).Message);
        Assert.Contains("keys must be strings", Assert.Throws<BsdfException>(() => Bsdf.Encode(new Dictionary<int, int> { [1] = 1 })).Message);
        Assert.Contains("must not be empty", Assert.Throws<BsdfException>(() => Bsdf.Encode(new BsdfMap { [""] = 1L })).Message);
        Assert.Contains("UTF-16", Assert.Throws<BsdfException>(() => Bsdf.Encode("bad \ud800 text")).Message);
    }

    [Fact]
    public void Cycles_fail_at_the_depth_limit_instead_of_overflowing_the_stack()
    {
        var list = new List<object?>();
        list.Add(list);
        Assert.Contains("cycle", Assert.Throws<BsdfException>(() => Bsdf.Encode(list)).Message);
    }

    [Fact]
    public void Long_strings_and_large_sizes_use_the_nine_byte_form()
    {
        var text = new string('é', 2_000_000);
        var bytes = Bsdf.Encode(text);
        Assert.Equal(253, bytes[7]);
        Assert.Equal(text, Bsdf.Decode(bytes));
    }

    [Fact]
    public void Encoding_into_a_buffer_writer_matches_the_byte_array()
    {
        var value = new BsdfMap { ["data"] = new byte[1000], ["text"] = "hello" };
        var buffer = new ArrayBufferWriter<byte>(1);
        Bsdf.Encode(buffer, value);
        Assert.Equal(Bsdf.Encode(value), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void The_low_level_writer_tags_values_with_extension_names()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new BsdfWriter(buffer);
        writer.WriteHeader();
        writer.WriteExtensionName(BsdfExtensionName.Get("c"));
        writer.WriteListHeader(2);
        writer.WriteFloat64(1);
        writer.WriteFloat64(-1);
        writer.Flush();
        Assert.Equal(new System.Numerics.Complex(1, -1), Bsdf.Decode(buffer.WrittenSpan));
    }

    [Fact]
    public void Decoding_from_a_sequence_with_several_segments_works()
    {
        var bytes = Bsdf.Encode(new List<object?> { "abc", 1L, new byte[20] });
        var first = new Segment(bytes.AsMemory(0, 7));
        var last = first.Append(bytes.AsMemory(7));
        var reader = new BsdfReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        reader.ReadHeader();
        Assert.Equal(BsdfValueKind.List, reader.ReadValueHeader());
        Assert.Equal(3, reader.ReadListBody(out _));
        Assert.Equal("abc", reader.ReadString());
    }

    [Fact]
    public void A_failed_save_keeps_the_old_file_and_leaves_no_temporary_file()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("keep.bsdf");
        Bsdf.Save(path, "original");
        Assert.Throws<BsdfException>(() => Bsdf.Save(path, new List<object?> { new byte[100_000], new object() }));
        Assert.Equal("original", Bsdf.Load(path));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
