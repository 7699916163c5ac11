using System.Text;
using BsdfGen.Codecs.Lz4;
using Xunit;

namespace BsdfGen.Tests.Codecs;

/// <summary>Seeded random inputs through liblz4 and through our codec, in both directions.</summary>
public class Lz4DifferentialTests
{
    private const int HighCompressionLevel = 9;

    private static readonly ILz4BlockCodec Codec = K4osLz4BlockCodec.Instance;

    [Fact]
    public void Random_inputs_round_trip_between_liblz4_and_us()
    {
        foreach (var (label, input) in Inputs())
        {
            AssertRoundTrips(label, input);
        }
    }

    [Fact]
    public void Inputs_around_the_minimum_compressible_size_round_trip()
    {
        var random = new Random(1213);
        for (var size = 0; size <= 40; size++)
        {
            AssertRoundTrips($"zeros[{size}]", new byte[size]);
            AssertRoundTrips($"text[{size}]", Text(random, size));
            AssertRoundTrips($"periodic[{size}]", Periodic(random, size));
            AssertRoundTrips($"random[{size}]", RandomBytes(random, size));
        }
    }

    [Theory]
    [InlineData(65534)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65537)]
    public void Repeats_near_the_largest_offset_round_trip(int distance)
    {
        var random = new Random(distance);
        var input = new byte[distance + 4096];
        random.NextBytes(input.AsSpan(0, distance));
        input.AsSpan(0, 4096).CopyTo(input.AsSpan(distance));

        AssertRoundTrips($"repeat at distance {distance}", input);
        var ours = Compress(input);
        if (distance <= 65535)
        {
            Assert.True(ours.Length < input.Length - 3000, $"distance {distance}: the repeat was not found ({ours.Length} bytes)");
        }
    }

    [Fact]
    public void A_long_run_spanning_more_than_64_KiB_round_trips()
    {
        var input = new byte[200_000];
        new Random(7).NextBytes(input.AsSpan(0, 100));
        input.AsSpan(100, 150_000).Fill(0x5A);

        AssertRoundTrips("run of 150000", input);
    }

    [Fact]
    public void A_destination_smaller_than_the_bound_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Codec.Compress(new byte[100], new byte[Codec.MaxCompressedLength(100) - 1]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(254)]
    [InlineData(255)]
    [InlineData(1 << 20)]
    [InlineData(0x7E000000)]
    public void The_bound_matches_liblz4(int length)
    {
        Assert.Equal(NativeLz4.CompressBound(length), Codec.MaxCompressedLength(length));
    }

    // Our side runs on memory between guard pages, with the data against one edge or the other.
    private static void AssertRoundTrips(string label, byte[] input)
    {
        var ours = Compress(input, againstEnd: true);
        Assert.True(ours.AsSpan().SequenceEqual(Compress(input, againstEnd: false)), $"{label}: compression depends on where the data sits");
        Assert.True(
            NativeLz4.Decompress(ours, input.Length) is { } restored && input.AsSpan().SequenceEqual(restored),
            $"{label}: liblz4 does not restore our block");
        Assert.True(input.AsSpan().SequenceEqual(Decompress(ours, input.Length, againstEnd: true)), $"{label}: we do not restore our block");

        var native = NativeLz4.Compress(input);
        Assert.True(input.AsSpan().SequenceEqual(Decompress(native, input.Length, againstEnd: false)), $"{label}: we do not restore liblz4's default block");

        var high = NativeLz4.Compress(input, HighCompressionLevel);
        Assert.True(input.AsSpan().SequenceEqual(Decompress(high, input.Length, againstEnd: true)), $"{label}: we do not restore liblz4's HC block");
    }

    private static byte[] Compress(byte[] input, bool againstEnd = true)
    {
        var bound = Codec.MaxCompressedLength(input.Length);
        using var sourceMemory = new GuardedMemory(input.Length);
        using var destinationMemory = new GuardedMemory(bound);
        var source = againstEnd ? sourceMemory.AtEnd(input.Length) : sourceMemory.AtStart(input.Length);
        var destination = againstEnd ? destinationMemory.AtEnd(bound) : destinationMemory.AtStart(bound);
        input.CopyTo(source);
        return destination[..Codec.Compress(source, destination)].ToArray();
    }

    private static byte[] Decompress(byte[] block, int length, bool againstEnd)
    {
        using var sourceMemory = new GuardedMemory(block.Length);
        using var destinationMemory = new GuardedMemory(length);
        var source = againstEnd ? sourceMemory.AtEnd(block.Length) : sourceMemory.AtStart(block.Length);
        var destination = againstEnd ? destinationMemory.AtEnd(length) : destinationMemory.AtStart(length);
        block.CopyTo(source);
        Assert.Equal(length, Codec.Decompress(source, destination));
        return destination.ToArray();
    }

    private static IEnumerable<(string Label, byte[] Input)> Inputs()
    {
        var random = new Random(20240611);
        for (var index = 0; index < 300; index++)
        {
            var size = random.Next(10) switch
            {
                < 4 => random.Next(100),
                < 7 => random.Next(4096),
                < 9 => random.Next(70_000),
                _ => random.Next(1 << 20),
            };
            var kind = random.Next(7);
            yield return ($"input {index} (kind {kind}, {size} bytes)", Generate(random, kind, size));
        }
    }

    private static byte[] Generate(Random random, int kind, int size) => kind switch
    {
        0 => RandomBytes(random, size),
        1 => Runs(random, size),
        2 => Text(random, size),
        3 => SmallAlphabet(random, size),
        4 => Periodic(random, size),
        5 => SmoothDoubles(size),
        _ => Mixture(random, size),
    };

    private static byte[] RandomBytes(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Runs(Random random, int size)
    {
        var bytes = new byte[size];
        for (var at = 0; at < size;)
        {
            var length = Math.Min(size - at, 1 + random.Next(300));
            bytes.AsSpan(at, length).Fill((byte)random.Next(4));
            at += length;
        }

        return bytes;
    }

    private static byte[] Text(Random random, int size)
    {
        string[] words = ["sample", "value", "bsdf", "row", "column", "=", ",", "\n", "temperature", "id"];
        var text = new StringBuilder(size + 32);
        while (text.Length < size)
        {
            text.Append(words[random.Next(words.Length)]).Append(' ');
            if (random.Next(3) == 0)
            {
                text.Append(random.Next(100_000)).Append(' ');
            }
        }

        return Encoding.ASCII.GetBytes(text.ToString(0, size));
    }

    private static byte[] SmallAlphabet(Random random, int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
        {
            bytes[i] = (byte)random.Next(3);
        }

        return bytes;
    }

    private static byte[] Periodic(Random random, int size)
    {
        var pattern = RandomBytes(random, 1 + random.Next(20));
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
        {
            bytes[i] = pattern[i % pattern.Length];
        }

        return bytes;
    }

    private static byte[] SmoothDoubles(int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i + 8 <= size; i += 8)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i), Math.Round(Math.Sin(i * 0.0001) * 1000, 2));
        }

        return bytes;
    }

    private static byte[] Mixture(Random random, int size)
    {
        var bytes = new byte[size];
        for (var at = 0; at < size;)
        {
            var length = Math.Min(size - at, 1 + random.Next(Math.Max(1, size / 4)));
            Generate(random, random.Next(6), length).CopyTo(bytes, at);
            at += length;
        }

        return bytes;
    }
}
