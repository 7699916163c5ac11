using System.Buffers.Binary;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>
/// Frames large enough that their buffers are decompressed on several threads: they decode to the frame that was
/// encoded, and a corrupt buffer among many is reported at its column and offset, the first in document order
/// whatever the timing.
/// </summary>
public class ParallelDecodeTests
{
    private const int Columns = 24;
    private const int Rows = 20_000;

    private static readonly BsdfOptions Quiet = BsdfOptions.Default with { Warning = _ => { } };

    /// <summary>24 columns of 20,000 random int64 values: about 3.7 MiB of buffers, over the parallel threshold.</summary>
    private static BsdfDataFrame ManyColumns()
    {
        var random = new Random(7);
        var frame = new BsdfDataFrame();
        for (var column = 0; column < Columns; column++)
        {
            frame.Add($"c{column}", Enumerable.Range(0, Rows).Select(_ => random.NextInt64()).ToArray());
        }

        return frame;
    }

    /// <summary>The frame's plain document, to damage.</summary>
    private static BsdfMap Document(BsdfDataFrame frame)
    {
        var serializer = new BsdfSerializer(Quiet);
        serializer.RemoveExtension("dataframe");
        return (BsdfMap)((BsdfExtensionValue)serializer.Decode(Bsdf.Encode(frame))!).Value!;
    }

    private static BsdfMap Column(BsdfMap document, string name) => (BsdfMap)((BsdfMap)((BsdfMap)document["d"]!)["f"]!)[name]!;

    /// <summary>Cuts the end off a column's data block; its size prefix still declares every value.</summary>
    private static void Truncate(BsdfMap document, string column)
    {
        var framed = (byte[])Column(document, column)["d"]!;
        Column(document, column)["d"] = framed[..(framed.Length / 2)];
    }

    private static byte[] Encode(BsdfMap document) => Bsdf.Encode(new BsdfExtensionValue("dataframe", document));

    /// <summary>Decodes the damaged document 20 times: every error must be the same one, at the same offset.</summary>
    private static void FailsAlikeEveryTime(BsdfMap document, string messagePart)
    {
        var bytes = Encode(document);
        var errors = Enumerable.Range(0, 20).Select(_ => Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes, Quiet))).ToList();
        Assert.All(errors, error => Assert.Contains(messagePart, error.Message));
        Assert.Single(errors.Select(error => (error.Message, error.Offset)).Distinct());
    }

    [Fact]
    public void A_frame_over_the_parallel_threshold_decodes_to_what_was_encoded()
    {
        var frame = ManyColumns();
        Assert.True(Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(frame))).ContentEquals(frame));
    }

    [Fact]
    public void Every_column_type_decodes_through_the_parallel_path()
    {
        var frame = SampleFrames.EveryType(60_000);
        Assert.True(Bsdf.Encode(frame).Length > 1 << 20, "the frame is too small to be decoded in parallel");
        Assert.True(Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(frame))).ContentEquals(frame));
    }

    [Fact]
    public void A_corrupt_buffer_in_the_middle_of_many_columns_fails_at_its_column()
    {
        var document = Document(ManyColumns());
        Truncate(document, "c12");
        var bytes = Encode(document);
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes, Quiet));
        Assert.Contains("'c12'", error.Message);
        Assert.Contains("corrupt", error.Message);
        Assert.InRange(error.Offset, 6, bytes.Length);
    }

    [Fact]
    public void Of_several_corrupt_buffers_the_first_in_document_order_is_reported_every_time()
    {
        var document = Document(ManyColumns());
        Truncate(document, "c20");
        Truncate(document, "c9");
        Truncate(document, "c15");
        FailsAlikeEveryTime(document, "'c9'");
    }

    [Fact]
    public void Of_several_columns_with_bad_values_the_first_in_document_order_is_reported_every_time()
    {
        // Offsets are checked when the columns are built, which is also done in parallel.
        var frame = new BsdfDataFrame();
        for (var column = 0; column < 12; column++)
        {
            frame.Add($"t{column}", Enumerable.Range(0, Rows).Select(row => $"text {row * column}").ToArray());
        }

        var document = Document(frame);
        var counts = new int[Rows + 1];
        counts.AsSpan(1).Fill(1);
        counts[0] = 1;
        foreach (var column in new[] { "t8", "t3", "t10" })
        {
            Column(document, column)["o"] = BsdfGen.Codecs.Lz4.Lz4SizePrefixedBlock.Compress(System.Runtime.InteropServices.MemoryMarshal.AsBytes(counts.AsSpan()));
        }

        FailsAlikeEveryTime(document, "'t3': the offset counts must start with 0");
    }

    [Fact]
    public void A_corrupt_buffer_fails_the_same_way_on_one_thread_and_on_many()
    {
        // A two-column frame under the threshold is decoded on the calling thread; its error must read the same.
        var small = new BsdfDataFrame().Add("c0", new long[64]).Add("c12", Enumerable.Range(0, 64).Select(i => (long)i * i).ToArray());
        var smallDocument = Document(small);
        Truncate(smallDocument, "c12");
        var largeDocument = Document(ManyColumns());
        Truncate(largeDocument, "c12");
        var messages = new[] { smallDocument, largeDocument }
            .Select(document => Assert.Throws<BsdfException>(() => Bsdf.Decode(Encode(document), Quiet)).Message)
            .Select(message => message[..message.IndexOf("corrupt", StringComparison.Ordinal)])
            .ToList();
        Assert.Equal(messages[0], messages[1]);
    }

    [Fact]
    public void The_decode_budget_covers_every_buffer_before_any_is_decompressed()
    {
        var bytes = Bsdf.Encode(ManyColumns());
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes, Quiet with { MaxDecodedBytes = Rows * 8L * 10 }));
        Assert.Equal(nameof(BsdfOptions.MaxDecodedBytes), error.Limit);
        Assert.Contains("'c9'", error.Message);
        Assert.InRange(error.Offset, 6, bytes.Length);
    }

    [Fact]
    public void A_size_prefix_that_lies_fails_before_the_other_buffers_are_decompressed()
    {
        var document = Document(ManyColumns());
        var framed = (byte[])Column(document, "c12")["d"]!;
        BinaryPrimitives.WriteInt32LittleEndian(framed, Rows * 8 + 8);
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(Encode(document), Quiet));
        Assert.Contains("'c12'", error.Message);
        Assert.Contains($"{Rows} are expected", error.Message);
    }
}
