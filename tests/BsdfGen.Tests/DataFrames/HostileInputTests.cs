using System.Buffers.Binary;
using BsdfGen.Codecs.Lz4;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>Broken and hostile data frames fail with a <see cref="BsdfException"/> that names the byte offset — never another exception, a huge allocation or a hang.</summary>
public class HostileInputTests
{
    private static readonly BsdfOptions Quiet = BsdfOptions.Default with { Warning = _ => { } };

    /// <summary>The plain document of a small frame with a column of every shape the mutations need.</summary>
    private static BsdfMap Document()
    {
        var frame = new BsdfDataFrame()
            .Add("n", new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
            .Add("s", new[] { "a", "bb", null, "dddd", "é", "f", "g", "h", "i" })
            .Add("l", BsdfListColumn.FromLists(Enumerable.Range(0, 9).Select(i => Enumerable.Range(0, i % 3).Select(j => (long)j))))
            .Add("c", BsdfDictionaryColumn.FromStrings(["x", "y", "x", null, "y", "x", "x", "y", "z"]))
            .Add("r", new BsdfStructColumn(9, [new("a", BsdfColumn.Create(new double[9]))]));
        var serializer = new BsdfSerializer(Quiet);
        serializer.RemoveExtension("dataframe");
        return (BsdfMap)((BsdfExtensionValue)serializer.Decode(Bsdf.Encode(frame))!).Value!;
    }

    private static BsdfMap Column(BsdfMap document, string name) => (BsdfMap)((BsdfMap)((BsdfMap)document["d"]!)["f"]!)[name]!;

    private static byte[] Framed(int declaredSize, byte[] raw)
    {
        var framed = Lz4SizePrefixedBlock.Compress(raw);
        BinaryPrimitives.WriteInt32LittleEndian(framed, declaredSize);
        return framed;
    }

    private static BsdfException Fails(BsdfMap document, string messagePart, BsdfOptions? options = null)
    {
        var bytes = Bsdf.Encode(new BsdfExtensionValue("dataframe", document));
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes, options ?? Quiet));
        Assert.Contains(messagePart, error.Message);
        Assert.InRange(error.Offset, 6, bytes.Length);
        return error;
    }

    [Fact]
    public void The_unchanged_document_decodes() =>
        Assert.Equal(9, Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(new BsdfExtensionValue("dataframe", Document())))).RowCount);

    [Fact]
    public void Every_truncation_fails_cleanly()
    {
        var bytes = Bsdf.Encode(SampleFrames.EveryType(5));
        for (var length = 0; length < bytes.Length; length++)
        {
            var cut = bytes[..length];
            Assert.Throws<BsdfException>(() => Bsdf.Decode(cut, Quiet));
        }
    }

    [Fact]
    public void A_declared_size_that_the_block_does_not_fill_fails()
    {
        var document = Document();
        Column(document, "n")["d"] = Framed(80, new byte[72]);
        Fails(document, "'n'");
    }

    [Fact]
    public void A_huge_declared_size_fails_before_allocating()
    {
        var document = Document();
        Column(document, "n")["d"] = Framed(int.MaxValue - 7, new byte[72]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Fails(document, "declares");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 << 20, "the declared size was allocated");
    }

    [Fact]
    public void Buffers_over_MaxBlobSize_fail() =>
        Fails(Document(), "BsdfOptions.MaxBlobSize", Quiet with { MaxBlobSize = 40 });

    [Fact]
    public void A_data_size_that_is_not_whole_values_fails()
    {
        var document = Document();
        Column(document, "n")["d"] = Lz4SizePrefixedBlock.Compress(new byte[71]);
        Fails(document, "not a whole number of 8-byte values");
    }

    [Fact]
    public void A_field_with_another_length_fails()
    {
        var document = Document();
        Column(document, "n")["d"] = Lz4SizePrefixedBlock.Compress(new byte[80]);
        Fails(document, "9 are expected");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(0)]
    public void A_mask_of_the_wrong_size_fails(int bytes)
    {
        var document = Document();
        Column(document, "n")["m"] = Lz4SizePrefixedBlock.Compress(new byte[bytes]);
        Fails(document, "mask");
    }

    [Fact]
    public void A_corrupt_block_fails()
    {
        var document = Document();
        var framed = (byte[])Column(document, "s")["d"]!;
        framed[4] = 0xF0;
        Fails(document, "corrupt");
    }

    [Theory]
    [InlineData(new[] { 1, 1, 2, 0, 4, 2, 1, 1, 1, 1 }, "start with 0")]
    [InlineData(new[] { 0, 1, 2, 0, -4, 2, 1, 1, 1, 1 }, "negative")]
    [InlineData(new[] { 0, 1, 2, 0, 4, 2, 1, 1, 1, 2 }, "14 are expected")]
    [InlineData(new[] { 0, 1, 2, 0, 4, 2, 1, 1, 1 }, "10 are expected")]
    public void Bad_offsets_fail(int[] counts, string messagePart)
    {
        var document = Document();
        Column(document, "s")["o"] = Lz4SizePrefixedBlock.Compress(System.Runtime.InteropServices.MemoryMarshal.AsBytes(counts.AsSpan()));
        Fails(document, messagePart);
    }

    [Fact]
    public void Offsets_that_overflow_fail()
    {
        var document = Document();
        Column(document, "s")["o"] = Lz4SizePrefixedBlock.Compress(System.Runtime.InteropServices.MemoryMarshal.AsBytes(new[] { 0, int.MaxValue, int.MaxValue, 1, 1, 1, 1, 1, 1, 1 }.AsSpan()));
        Fails(document, "add up");
    }

    [Fact]
    public void A_list_whose_elements_do_not_match_its_offsets_fails()
    {
        var document = Document();
        Column(document, "l")["o"] = Lz4SizePrefixedBlock.Compress(System.Runtime.InteropServices.MemoryMarshal.AsBytes(new[] { 0, 0, 1, 2, 0, 1, 2, 0, 1, 9 }.AsSpan()));
        Fails(document, "are expected");
    }

    [Fact]
    public void Invalid_UTF8_fails()
    {
        var document = Document();
        var text = (byte[])Column(document, "s")["d"]!;
        Column(document, "s")["d"] = Lz4SizePrefixedBlock.Compress(Enumerable.Repeat((byte)0xFF, BinaryPrimitives.ReadInt32LittleEndian(text)).ToArray());
        Fails(document, "UTF-8");
    }

    [Fact]
    public void An_offset_inside_a_character_fails()
    {
        var document = Document();
        Column(document, "s")["o"] = Lz4SizePrefixedBlock.Compress(System.Runtime.InteropServices.MemoryMarshal.AsBytes(new[] { 0, 1, 2, 0, 4, 1, 2, 1, 1, 1 }.AsSpan()));
        Fails(document, "UTF-8");
    }

    [Fact]
    public void An_index_that_names_no_category_fails()
    {
        var document = Document();
        var indices = (BsdfMap)((BsdfMap)Column(document, "c")["d"]!)["i"]!;
        indices["d"] = Lz4SizePrefixedBlock.Compress(System.Runtime.InteropServices.MemoryMarshal.AsBytes(new[] { 0, 1, 0, 0, 1, 0, 0, 1, 3 }.AsSpan()));
        Fails(document, "index 3");
    }

    [Fact]
    public void Indices_that_are_not_integers_fail()
    {
        var document = Document();
        ((BsdfMap)Column(document, "c")["d"]!)["i"] = Column(document, "r")["d"] is BsdfMap record ? ((BsdfMap)record["f"]!)["a"] : null;
        Fails(document, "integers");
    }

    [Theory]
    [InlineData("t", null, "no 't'")]
    [InlineData("t", "int128", "unknown column type")]
    [InlineData("t", 5L, "must be a string")]
    [InlineData("d", "text", "binary data")]
    [InlineData("m", null, "no 'm'")]
    public void Malformed_keys_fail(string key, object? value, string messagePart)
    {
        var document = Document();
        if (value is null)
        {
            Column(document, "n").Remove(key);
        }
        else
        {
            Column(document, "n")[key] = value;
        }

        Fails(document, messagePart);
    }

    [Theory]
    [InlineData(-1L, "'l' must be an integer")]
    [InlineData(10L, "10 are expected")]
    [InlineData(4294967296L, "'l' must be an integer")]
    public void A_struct_length_that_does_not_fit_fails(long length, string messagePart)
    {
        var document = Document();
        ((BsdfMap)document["d"]!)["l"] = length;
        Fails(document, messagePart);
    }

    [Fact]
    public void Struct_fields_must_match_their_declaration()
    {
        var document = Document();
        ((BsdfMap)((List<object?>)document["p"]!)[0]!)["n"] = "other";
        Fails(document, "'other'");
        document = Document();
        ((BsdfMap)((List<object?>)document["p"]!)[0]!)["t"] = "int8";
        Fails(document, "declared 'int8'");
        document = Document();
        ((List<object?>)document["p"]!).RemoveAt(0);
        Fails(document, "not declared");
    }

    [Fact]
    public void A_frame_with_missing_rows_fails()
    {
        var document = Document();
        document["m"] = Lz4SizePrefixedBlock.Compress(new byte[] { 0xFF, 0x00 });
        Fails(document, "missing");
    }

    [Fact]
    public void A_frame_must_be_a_struct_mapping()
    {
        Fails(Column(Document(), "n"), "struct array document");
        var bytes = Bsdf.Encode(new BsdfExtensionValue("dataframe", new List<object?> { 1L }));
        Assert.Contains("mapping", Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes)).Message);
    }

    [Fact]
    public void Deep_nesting_fails_instead_of_overflowing_the_stack()
    {
        BsdfColumn column = new BsdfPrimitiveColumn<long>([1]);
        for (var level = 0; level < 100; level++)
        {
            column = new BsdfListColumn(column, [0, 1]);
        }

        var frame = new BsdfDataFrame().Add("deep", column);
        Assert.Throws<BsdfException>(() => Bsdf.Encode(frame));
        var relaxed = BsdfOptions.Default with { MaxDepth = 500 };
        var bytes = Bsdf.Encode(frame, relaxed);
        Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(Bsdf.Decode(bytes, relaxed))));
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes));
        Assert.Contains("depth", error.Message);
    }

    [Fact]
    public void Random_damage_gives_a_frame_or_a_BsdfException()
    {
        var original = Bsdf.Encode(SampleFrames.EveryType(20));
        var random = new Random(2024);
        for (var trial = 0; trial < 3000; trial++)
        {
            var damaged = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                damaged[random.Next(6, damaged.Length)] = (byte)random.Next(256);
            }

            try
            {
                if (Bsdf.Decode(damaged, Quiet) is BsdfDataFrame frame)
                {
                    Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(frame)))));
                }
            }
            catch (BsdfException)
            {
            }
        }
    }

    [Fact]
    public void Hostile_BSON_fails_cleanly()
    {
        var bson = BsdfDataFrameBson.ToBson(SampleFrames.EveryType(4));
        for (var length = 0; length < bson.Length; length++)
        {
            var cut = bson[..length];
            Assert.Throws<BsdfException>(() => BsdfDataFrameBson.FromBson(cut));
        }

        Assert.Contains("follow", Assert.Throws<BsdfException>(() => BsdfDataFrameBson.FromBson([.. bson, 0])).Message);
        var random = new Random(7);
        for (var trial = 0; trial < 3000; trial++)
        {
            var damaged = (byte[])bson.Clone();
            damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            try
            {
                BsdfDataFrameBson.FromBson(damaged);
            }
            catch (BsdfException error)
            {
                Assert.InRange(error.Offset, -1, damaged.Length);
            }
        }
    }
}
