using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>
/// The writer's and reader's fast paths (short strings and keys, numbers, small containers, round-trip dates) produce
/// and accept exactly what the general paths do, and leave everything else to them.
/// </summary>
public class FastPathTests
{
    public static TheoryData<string> Strings() =>
    [
        "", "a", new string('x', 83), new string('x', 84), new string('y', 250), new string('z', 251), new string('é', 83),
        new string('é', 125), new string('é', 126), "☃ snow", "😀 emoji", new string('€', 84),
        "an ASCII start, then café", "\u0000 and \u007f are ASCII too",
    ];

    [Theory]
    [MemberData(nameof(Strings))]
    public void Strings_are_written_with_the_narrowest_size_and_read_back(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var expected = new List<byte>("BSDF"u8.ToArray()) { 2, 2, (byte)'s' };
        if (utf8.Length <= 250)
        {
            expected.Add((byte)utf8.Length);
        }
        else
        {
            expected.Add(253);
            var size = new byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(size, utf8.Length);
            expected.AddRange(size);
        }

        expected.AddRange(utf8);
        Assert.Equal(expected.ToArray(), Bsdf.Serialize(text));
        Assert.Equal(text, Bsdf.Deserialize<string>(expected.ToArray()));
    }

    [Theory]
    [InlineData(254)]
    [InlineData(255)]
    public void Typed_lists_read_closed_and_open_streams(byte marker)
    {
        byte[] data = [.. "BSDF"u8, 2, 2, (byte)'l', marker, 2, 0, 0, 0, 0, 0, 0, 0, (byte)'s', 1, (byte)'a', (byte)'s', 1, (byte)'b'];
        Assert.Equal(["a", "b"], Bsdf.Deserialize<List<string>>(data));
    }

    [Fact]
    public void Scalar_members_written_in_place_are_the_dynamic_encoding_of_the_same_map_even_across_buffer_refills()
    {
        var random = new Random(20261128);
        var values = Enumerable.Range(0, 300).Select(i => new Contracts.Scalars
        {
            Flag = i % 2 == 0, SByte = (sbyte)random.Next(-128, 128), Byte = (byte)random.Next(256), Short = (short)random.Next(-32768, 32768),
            UShort = (ushort)random.Next(65536), Between = new string('b', i % 9), Int = i % 3 == 0 ? random.Next() : -random.Next(40_000),
            UInt = (uint)random.NextInt64(uint.MaxValue + 1L), Long = i % 5 == 0 ? long.MinValue : random.NextInt64(), Float = (float)random.NextDouble(), Double = random.NextDouble() * 1e300,
        }).ToList();
        foreach (var options in new[] { BsdfOptions.Default, BsdfOptions.Default with { Float64 = false } })
        {
            var asMaps = values.Select(value => (object?)new BsdfMap
            {
                ["Flag"] = value.Flag, ["SByte"] = (long)value.SByte, ["Byte"] = (long)value.Byte, ["Short"] = (long)value.Short, ["UShort"] = (long)value.UShort,
                ["Between"] = value.Between, ["Int"] = (long)value.Int, ["UInt"] = (long)value.UInt, ["Long"] = value.Long, ["Float"] = (double)value.Float, ["Double"] = value.Double,
            }).ToList();
            var expected = Bsdf.Encode(asMaps, options);
            Assert.Equal(expected, Bsdf.Serialize(values, options));

            // Through 256-byte pipe segments the writer refills in the middle of runs.
            var pipe = new System.IO.Pipelines.Pipe(new System.IO.Pipelines.PipeOptions(minimumSegmentSize: 256));
            Bsdf.Serialize(pipe.Writer, values, options);
            pipe.Writer.Complete();
            Assert.True(pipe.Reader.TryRead(out var read));
            Assert.Equal(expected, System.Buffers.BuffersExtensions.ToArray(read.Buffer));
        }

        Assert.Equivalent(values, Bsdf.Deserialize<List<Contracts.Scalars>>(Bsdf.Serialize(values)));
    }

    [Fact]
    public void Typed_lists_longer_than_the_preallocation_cap_read_back_whole()
    {
        var items = Enumerable.Range(0, 5000).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(items, Bsdf.Deserialize<List<string>>(Bsdf.Serialize(items)));
    }

    [Fact]
    public void A_lone_surrogate_is_still_an_encoding_error()
    {
        var error = Assert.Throws<BsdfException>(() => Bsdf.Serialize("a\ud800b"));
        Assert.StartsWith("String is not valid UTF-16 (a lone surrogate?) and cannot be encoded", error.Message);
    }

    [Fact]
    public void Invalid_utf8_in_a_short_string_is_still_located()
    {
        byte[] data = [.. "BSDF"u8, 2, 2, (byte)'s', 2, 0xC3, 0x28];
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<string>(data));
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Equal(7, error.Offset);
    }

    public static TheoryData<DateTime> Dates() =>
    [
        new DateTime(2026, 3, 14, 15, 9, 26, DateTimeKind.Utc).AddTicks(5358979),
        new DateTime(2026, 3, 14, 15, 9, 26, DateTimeKind.Unspecified).AddTicks(1),
        new DateTime(2026, 3, 14, 15, 9, 26, DateTimeKind.Local).AddTicks(42),
        DateTime.MinValue, DateTime.MaxValue, DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
    ];

    [Theory]
    [MemberData(nameof(Dates))]
    public void Dates_round_trip_exactly_with_their_kind(DateTime value)
    {
        var back = Bsdf.Deserialize<DateTime>(Bsdf.Serialize(value));
        Assert.Equal(value.Ticks, back.Ticks);
        Assert.Equal(value.Kind, back.Kind);
    }

    [Theory]
    [InlineData("2026-03-14T15:09:26.5358979Z")]
    [InlineData("2026-03-14T15:09:26.5358979")]
    [InlineData("2026-03-14T15:09:26.5358979+02:00")]
    [InlineData("2026-03-14T15:09:26Z")]
    [InlineData("2026-03-14T15:09:26.535897")]
    [InlineData("2026-03-14 15:09:26")]
    [InlineData("2026-03-14")]
    public void Date_strings_read_as_DateTime_Parse_reads_them(string text)
    {
        var expected = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var read = Bsdf.Deserialize<DateTime>(Bsdf.Encode(text));
        Assert.Equal(expected.Ticks, read.Ticks);
        Assert.Equal(expected.Kind, read.Kind);
    }

    [Fact]
    public void A_malformed_date_of_the_round_trip_length_is_still_a_located_error()
    {
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<DateTime>(Bsdf.Encode("2026-13-14T15:09:26.5358979Z")));
        Assert.Contains("'2026-13-14T15:09:26.5358979Z' is not a valid DateTime", error.Message);
        Assert.Equal(6, error.Offset);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-32768L)]
    [InlineData(32767L)]
    [InlineData(32768L)]
    [InlineData(long.MinValue)]
    public void Integers_and_doubles_read_back_from_either_width(long value)
    {
        Assert.Equal(value, Bsdf.Deserialize<long>(Bsdf.Serialize(value)));
        Assert.Equal((double)value, Bsdf.Deserialize<double>(Bsdf.Serialize(value)));
        Assert.Equal(value + 0.5, Bsdf.Deserialize<double>(Bsdf.Serialize(value + 0.5)));
    }

    [Fact]
    public void Truncated_values_are_still_truncation_errors()
    {
        AssertTruncated(Bsdf.Serialize(123456789L), bytes => Bsdf.Deserialize<long>(bytes));
        AssertTruncated(Bsdf.Serialize(1.5), bytes => Bsdf.Deserialize<double>(bytes));
        AssertTruncated(Bsdf.Serialize("text"), bytes => Bsdf.Deserialize<string>(bytes));
        AssertTruncated(Bsdf.Serialize(new List<string> { "a" }), bytes => Bsdf.Deserialize<List<string>>(bytes));
    }

    private static void AssertTruncated(byte[] complete, Func<byte[], object?> read)
    {
        var error = Assert.Throws<BsdfException>(() => read(complete[..^1]));
        Assert.True(error.IsTruncation, error.Message);
    }
}
