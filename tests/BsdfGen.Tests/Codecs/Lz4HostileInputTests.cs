using System.Buffers.Binary;
using System.Text;
using BsdfGen.Codecs.Lz4;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Codecs;

/// <summary>Malformed blocks and size prefixes: only <see cref="InvalidDataException"/>, never a read or write out of bounds.</summary>
public class Lz4HostileInputTests
{
    private static readonly ILz4BlockCodec Codec = K4osLz4BlockCodec.Instance;

    // Vector names, or "ours:"/"hc:" and a vector name for the first 16 KiB of its raw bytes compressed by us or by liblz4 HC.
    public static IEnumerable<object[]> ValidBlocks =>
    [
        ["text"], ["long_literals"], ["run_64k"], ["run_offset1"], ["thirteen_repeat"], ["ours:mixed"], ["hc:mixed"],
    ];

    [Theory]
    [MemberData(nameof(ValidBlocks))]
    public void Every_strict_prefix_of_a_framed_block_is_rejected(string source)
    {
        var (raw, block) = Load(source);
        var framed = Frame(raw.Length, block);
        for (var length = 0; length < framed.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => Lz4SizePrefixedBlock.Decompress(framed.AsSpan(0, length), raw.Length));
        }
    }

    [Theory]
    [MemberData(nameof(ValidBlocks))]
    public void Every_strict_prefix_of_a_block_is_rejected_or_gives_a_prefix_of_the_output(string source)
    {
        var (raw, block) = Load(source);
        using var input = new GuardedMemory(block.Length);
        using var output = new GuardedMemory(raw.Length);
        for (var length = 0; length < block.Length; length++)
        {
            var prefix = input.AtEnd(length);
            block.AsSpan(0, length).CopyTo(prefix);
            var destination = output.AtEnd(raw.Length);
            try
            {
                var written = Codec.Decompress(prefix, destination);
                Assert.True(written < raw.Length, $"a {length}-byte prefix decompressed to all {written} bytes");
                Assert.True(raw.AsSpan(0, written).SequenceEqual(destination[..written]), $"a {length}-byte prefix decompressed to other bytes");
            }
            catch (InvalidDataException)
            {
            }
        }
    }

    // Decoding runs between guard pages, so any read past the block or write past the destination crashes the run.
    [Theory]
    [MemberData(nameof(ValidBlocks))]
    public void Corrupted_blocks_only_ever_fail_with_InvalidDataException(string source)
    {
        var (raw, block) = Load(source);
        using var input = new GuardedMemory(block.Length);
        using var output = new GuardedMemory(raw.Length + 1024);
        var random = new Random(source.Aggregate(17, (seed, character) => (seed * 31) + character));
        var iterations = Math.Min(4000, 400_000_000 / Math.Max(1, raw.Length + (block.Length * 64)));
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var corrupt = block.ToArray();
            for (var flips = 1 + random.Next(3); flips > 0; flips--)
            {
                var at = random.Next(corrupt.Length);
                corrupt[at] = random.Next(2) == 0 ? (byte)random.Next(256) : (byte)(corrupt[at] ^ (1 << random.Next(8)));
            }

            var capacity = random.Next(2) == 0 ? raw.Length : raw.Length + random.Next(1024);
            var againstEnd = iteration % 2 == 0;
            var from = againstEnd ? input.AtEnd(corrupt.Length) : input.AtStart(corrupt.Length);
            var to = againstEnd ? output.AtEnd(capacity) : output.AtStart(capacity);
            corrupt.CopyTo(from);
            byte[]? ours;
            try
            {
                ours = to[..Codec.Decompress(from, to)].ToArray();
            }
            catch (InvalidDataException)
            {
                ours = null;
            }

            var native = NativeLz4.Decompress(corrupt, capacity);
            if (ours is not null && native is not null)
            {
                Assert.True(native.AsSpan().SequenceEqual(ours), $"iteration {iteration}: liblz4 and we both accept, with different output");
            }
        }
    }

    [Fact]
    public void Corrupted_size_prefixes_only_ever_fail_with_InvalidDataException()
    {
        var (raw, block) = Load("text");
        var random = new Random(99);
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var framed = Frame(raw.Length, block);
            framed[random.Next(4)] = (byte)random.Next(256);
            try
            {
                Assert.Equal(raw, Lz4SizePrefixedBlock.Decompress(framed, 1 << 20));
            }
            catch (InvalidDataException)
            {
            }
        }
    }

    [Fact]
    public void Match_offset_zero_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => Decompress([0x10, (byte)'a', 0, 0, 0x50, 1, 2, 3, 4, 5], 64));
        Assert.Contains("offset 0", error.Message);
        Assert.Contains("input offset 2", error.Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(65535)]
    public void Match_offsets_before_the_start_of_the_output_are_rejected(int offset)
    {
        var error = Assert.Throws<InvalidDataException>(() => Decompress([0x10, (byte)'a', (byte)offset, (byte)(offset >> 8), 0x50, 1, 2, 3, 4, 5], 1 << 17));
        Assert.Contains("Malformed LZ4 block", error.Message);
    }

    [Fact]
    public void A_match_before_any_literal_is_rejected()
    {
        Assert.Throws<InvalidDataException>(() => Decompress([0x00, 1, 0, 0x50, 1, 2, 3, 4, 5], 64));
    }

    // The block ends with 12 literals: LZ4 blocks start their last match at least 12 bytes before the end.
    [Fact]
    public void Offsets_of_65535_reach_the_first_byte_of_the_output()
    {
        var literals = new byte[65535];
        new Random(3).NextBytes(literals);
        var block = new List<byte> { 0xF0 };
        block.AddRange(Enumerable.Repeat((byte)255, (65535 - 15) / 255));
        block.Add((byte)((65535 - 15) % 255));
        block.AddRange(literals);
        block.AddRange([0xFF, 0xFF]);
        block.AddRange([0xC0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

        var output = Decompress([.. block], 65535 + 4 + 12);

        Assert.Equal(literals.AsSpan(0, 4).ToArray(), output.AsSpan(65535, 4).ToArray());
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 1, 2, 3 })]
    [InlineData(new byte[] { 0xF0, 255, 255, 10, 1, 2, 3 })]
    public void Literals_running_past_the_end_of_the_block_are_rejected(byte[] block)
    {
        var error = Assert.Throws<InvalidDataException>(() => Decompress(block, 1 << 20));
        Assert.Contains("Malformed LZ4 block", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xF0 })]
    [InlineData(new byte[] { 0xF0, 255, 255 })]
    [InlineData(new byte[] { 0x1F, 9, 1, 0 })]
    [InlineData(new byte[] { 0x1F, 9, 1, 0, 255 })]
    [InlineData(new byte[] { 0x10, 9, 1 })]
    [InlineData(new byte[] { 0x10, 9, 1, 0 })]
    [InlineData(new byte[] { })]
    public void Blocks_cut_inside_a_length_an_offset_or_before_the_final_literals_are_rejected(byte[] block)
    {
        Assert.Throws<InvalidDataException>(() => Decompress(block, 1 << 20));
    }

    [Fact]
    public void Lengths_beyond_int_MaxValue_are_rejected_without_overflow()
    {
        var block = new byte[(int.MaxValue / 255) + 16];
        block.AsSpan().Fill(255);
        block[0] = 0xF0;

        var error = Assert.Throws<InvalidDataException>(() => Codec.Decompress(block, new byte[16]));
        Assert.Contains("Malformed LZ4 block", error.Message);
    }

    [Fact]
    public void Output_beyond_the_destination_is_rejected()
    {
        var raw = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("overflowing output ", 20)));
        var framed = Lz4SizePrefixedBlock.Compress(raw);
        BinaryPrimitives.WriteInt32LittleEndian(framed, raw.Length - 1);

        var error = Assert.Throws<InvalidDataException>(() => Lz4SizePrefixedBlock.Decompress(framed, 1 << 20));
        Assert.Contains("more than the", error.Message);
        Assert.Throws<InvalidDataException>(() => Codec.Decompress(framed.AsSpan(4), new byte[raw.Length - 1]));
    }

    [Fact]
    public void Output_shorter_than_declared_is_rejected()
    {
        var raw = new byte[300];
        var framed = Lz4SizePrefixedBlock.Compress(raw);
        BinaryPrimitives.WriteInt32LittleEndian(framed, raw.Length + 1);

        var error = Assert.Throws<InvalidDataException>(() => Lz4SizePrefixedBlock.Decompress(framed, 1 << 20));
        Assert.Contains("declares 301", error.Message);
    }

    [Fact]
    public void A_negative_declared_size_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => Lz4SizePrefixedBlock.Decompress([0xFF, 0xFF, 0xFF, 0xFF, 0x00], int.MaxValue));
        Assert.Contains("negative", error.Message);
    }

    [Theory]
    [InlineData(1 << 20, 1 << 30)]
    [InlineData(int.MaxValue, int.MaxValue - 1)]
    public void Declared_sizes_over_the_cap_or_beyond_what_the_block_can_hold_are_rejected_before_allocating(int cap, int declared)
    {
        var framed = Frame(declared, [0x1F, 0, 1, 0, 255, 255, 255, 255, 0, 0x50, 1, 2, 3, 4, 5]);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<InvalidDataException>(() => Lz4SizePrefixedBlock.Decompress(framed, cap));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024, "the declared size was allocated");
    }

    [Fact]
    public void Data_too_short_for_the_size_prefix_is_rejected()
    {
        Assert.Throws<InvalidDataException>(() => Lz4SizePrefixedBlock.Decompress([0, 0, 0], 100));
    }

    private static (byte[] Raw, byte[] Block) Load(string source)
    {
        var parts = source.Split(':');
        if (parts.Length == 1)
        {
            var framed = File.ReadAllBytes(SharedVectors.PathOf("lz4", source + ".lz4"));
            return (Lz4SizePrefixedBlock.Decompress(framed, 1 << 24), framed[4..]);
        }

        var raw = File.ReadAllBytes(SharedVectors.PathOf("lz4", parts[1] + ".raw")).AsSpan(0, 16_384).ToArray();
        var block = parts[0] == "hc" ? NativeLz4.Compress(raw, 12) : Lz4SizePrefixedBlock.Compress(raw)[4..];
        return (raw, block);
    }

    private static byte[] Frame(int declared, byte[] block)
    {
        var framed = new byte[4 + block.Length];
        BinaryPrimitives.WriteInt32LittleEndian(framed, declared);
        block.CopyTo(framed, 4);
        return framed;
    }

    private static byte[] Decompress(byte[] block, int capacity)
    {
        var output = new byte[capacity];
        return output[..Codec.Decompress(block, output)];
    }
}
