using System.Buffers.Binary;
using System.Runtime.InteropServices;
using BsdfGen.DataFrames.Bson;
using BsdfGen.DataFrames.Documents;
using BsdfGen.Extensions;
using BsdfGen.Tests.Codecs;
using BsdfGen.Wire;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>What our encoder writes: the documented key order, plain blobs holding size-prefixed LZ4 blocks, the same bytes from every path.</summary>
public class WireLayoutTests
{
    private static readonly BsdfOptions Quiet = BsdfOptions.Default with { Warning = _ => { } };

    /// <summary>Our encoding of <paramref name="frame"/> read back without the dataframe extension: the tagged plain mapping.</summary>
    private static BsdfMap PlainDocument(BsdfDataFrame frame)
    {
        var serializer = new BsdfSerializer(Quiet);
        serializer.RemoveExtension("dataframe");
        var tagged = Assert.IsType<BsdfExtensionValue>(serializer.Decode(Bsdf.Encode(frame)));
        Assert.Equal("dataframe", tagged.Name);
        return Assert.IsType<BsdfMap>(tagged.Value);
    }

    private static IEnumerable<(string Path, BsdfMap Document)> ArrayDocuments(BsdfMap frameDocument)
    {
        var pending = new Stack<(string, BsdfMap)>([("frame", frameDocument)]);
        while (pending.Count > 0)
        {
            var (path, document) = pending.Pop();
            yield return (path, document);
            var data = document["d"];
            switch ((string)document["t"]!)
            {
                case "struct":
                    foreach (var (name, field) in (BsdfMap)((BsdfMap)data!)["f"]!)
                    {
                        pending.Push(($"{path}.{name}", (BsdfMap)field!));
                    }

                    break;
                case "list":
                    pending.Push((path + "[]", (BsdfMap)data!));
                    break;
                case "ordered" or "factor":
                    pending.Push((path + ".i", (BsdfMap)((BsdfMap)data!)["i"]!));
                    pending.Push((path + ".d", (BsdfMap)((BsdfMap)data!)["d"]!));
                    break;
            }
        }
    }

    [Fact]
    public void Frames_are_tagged_struct_documents_with_keys_d_m_t_p()
    {
        var document = PlainDocument(SampleFrames.EveryType(12));
        Assert.Equal(["d", "m", "t", "p"], document.Keys);
        Assert.Equal("struct", document["t"]);
        Assert.Equal(["l", "f"], ((BsdfMap)document["d"]!).Keys);
        var fields = Assert.IsType<List<object?>>(document["p"]);
        Assert.All(fields, field => Assert.Equal(["n", "t"], ((BsdfMap)field!).Keys.Take(2)));
    }

    [Fact]
    public void Every_array_document_keeps_the_key_order_d_m_t_p_o()
    {
        foreach (var (path, document) in ArrayDocuments(PlainDocument(SampleFrames.EveryType(12))))
        {
            var type = (string)document["t"]!;
            var expected = new List<string> { "d", "m", "t" };
            if (type is "opaque" or "list" or "struct" || (type.StartsWith("timestamp", StringComparison.Ordinal) && document.ContainsKey("p"))
                || (type is "ordered" or "factor" && document.ContainsKey("p")))
            {
                expected.Add("p");
            }

            if (type is "bytes" or "utf8" or "list")
            {
                expected.Add("o");
            }

            Assert.True(expected.SequenceEqual(document.Keys), $"{path} ({type}): keys [{string.Join(", ", document.Keys)}]");
        }
    }

    [Fact]
    public void Parameters_follow_the_specification()
    {
        var columns = (BsdfMap)((BsdfMap)PlainDocument(SampleFrames.EveryType(12))["d"]!)["f"]!;
        Assert.Equal(4L, ((BsdfMap)columns["opaque"]!)["p"]);
        Assert.Equal("Asia/Singapore", ((BsdfMap)columns["ts_ns"]!)["p"]);
        Assert.False(((BsdfMap)columns["ts_s"]!).ContainsKey("p"));
        Assert.Equal(["t"], ((BsdfMap)((BsdfMap)columns["list"]!)["p"]!).Keys);
        Assert.False(((BsdfMap)columns["factor"]!).ContainsKey("p"), "default dictionary types need no p");
        var custom = (BsdfMap)((BsdfMap)columns["dict_int8"]!)["p"]!;
        Assert.Equal("int8", ((BsdfMap)custom["i"]!)["t"]);
        Assert.Equal("float64", ((BsdfMap)custom["d"]!)["t"]);
        var pointFields = (List<object?>)((BsdfMap)columns["struct"]!)["p"]!;
        var when = (BsdfMap)pointFields[2]!;
        Assert.Equal(["n", "t", "p"], when.Keys);
        Assert.Equal("Europe/Oslo", when["p"]);
        Assert.Equal(12L, ((BsdfMap)columns["null"]!)["d"]);
    }

    [Fact]
    public void Buffers_are_uncompressed_blobs_holding_size_prefixed_LZ4_that_liblz4_decodes()
    {
        var frame = new BsdfDataFrame()
            .Add("id", Enumerable.Range(0, 5000).Select(i => (long)i * 3).ToArray())
            .Add("name", Enumerable.Range(0, 5000).Select(i => i % 9 == 0 ? null : $"name {i % 50}").ToArray())
            .Add("day", Enumerable.Range(0, 5000).Select(i => new DateOnly(2020, 1, 1).AddDays(i / 10)).ToArray());
        var bytes = Bsdf.Encode(frame);
        var blobs = 0;
        var reader = new BsdfReader(bytes);
        reader.ReadHeader();
        WalkBlobs(ref reader, header =>
        {
            Assert.Equal(BsdfCompression.None, header.Compression);
            Assert.Null(header.Checksum);
            Assert.Equal(0, header.DataOffset % 8);
            blobs++;
        });
        Assert.Equal(8, blobs);

        var columns = (BsdfMap)((BsdfMap)PlainDocument(frame)["d"]!)["f"]!;
        var ids = (byte[])((BsdfMap)columns["id"]!)["d"]!;
        Assert.Equal(MemoryMarshal.AsBytes(frame.GetColumn<BsdfPrimitiveColumn<long>>("id").Values).ToArray(), Native(ids));
        var names = (BsdfMap)columns["name"]!;
        Assert.Equal(frame.GetColumn<BsdfStringColumn>("name").Data.ToArray(), Native((byte[])names["d"]!));
        var counts = MemoryMarshal.Cast<byte, int>(Native((byte[])names["o"]!)).ToArray();
        Assert.Equal(0, counts[0]);
        Assert.Equal(frame.GetColumn<BsdfStringColumn>("name").Offsets[^1], counts.Sum());
        Assert.Equal(frame["name"].Validity.Bits.ToArray(), Native((byte[])names["m"]!));
        var days = MemoryMarshal.Cast<byte, int>(Native((byte[])((BsdfMap)columns["day"]!)["d"]!)).ToArray();
        Assert.Equal(new DateOnly(2020, 1, 1).DayNumber - new DateOnly(1970, 1, 1).DayNumber, days[0]);
        Assert.All(days.Skip(1), difference => Assert.InRange(difference, 0, 1));
    }

    [Fact]
    public void Blocks_liblz4_writes_decode_too()
    {
        var raw = MemoryMarshal.AsBytes(Enumerable.Range(0, 10_000).Select(i => (long)(i / 7)).ToArray().AsSpan()).ToArray();
        var framed = new byte[4 + NativeLz4.CompressBound(raw.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(framed, raw.Length);
        var length = 4 + NativeLz4.CompressInto(raw, framed.AsSpan(4));
        var document = new BsdfMap
        {
            ["d"] = new BsdfMap
            {
                ["l"] = 10_000L,
                ["f"] = new BsdfMap { ["x"] = new BsdfMap { ["d"] = framed[..length], ["m"] = Mask(10_000), ["t"] = "int64" } },
            },
            ["m"] = Mask(10_000),
            ["t"] = "struct",
        };
        var frame = Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(new BsdfExtensionValue("dataframe", document))));
        Assert.Equal(raw, MemoryMarshal.AsBytes(frame.GetColumn<BsdfPrimitiveColumn<long>>("x").Values).ToArray());
    }

    [Fact]
    public void Keys_may_come_in_any_order_when_reading()
    {
        var frame = SampleFrames.EveryType(10);
        var reversed = Reversed(PlainDocument(frame));
        Assert.Equal(["p", "t", "m", "d"], ((BsdfMap)reversed!).Keys);
        var back = Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(new BsdfExtensionValue("dataframe", reversed))));
        Assert.True(frame.ContentEquals(back));
    }

    [Fact]
    public void The_typed_codec_writes_the_bytes_the_dynamic_encoder_writes()
    {
        var frame = SampleFrames.EveryType(30);
        var typed = Bsdf.Serialize<BsdfDataFrame?>(frame);
        Assert.Equal(Bsdf.Encode(frame), typed);
        Assert.True(frame.ContentEquals(Bsdf.Deserialize<BsdfDataFrame?>(typed)));
        Assert.Null(Bsdf.Deserialize<BsdfDataFrame?>(Bsdf.Serialize<BsdfDataFrame?>(null)));
        var options = BsdfOptions.Default with { UseChecksum = true, BlobAlignment = 64 };
        Assert.Equal(Bsdf.Encode(frame, options), Bsdf.Serialize<BsdfDataFrame?>(frame, options));
        Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(Bsdf.Decode(Bsdf.Encode(frame, options)))));
    }

    [Fact]
    public void Reader_and_writer_entry_points_match_the_encoder()
    {
        var frame = SampleFrames.EveryType(7);
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        var writer = new BsdfWriter(output);
        writer.WriteHeader();
        frame.WriteTo(ref writer);
        writer.Flush();
        Assert.Equal(Bsdf.Encode(frame), output.WrittenSpan.ToArray());

        var reader = new BsdfReader(output.WrittenSpan);
        reader.ReadHeader();
        Assert.True(frame.ContentEquals(BsdfDataFrame.ReadFrom(ref reader)));
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void The_extension_object_methods_give_and_take_the_plain_document()
    {
        var frame = SampleFrames.EveryType(9);
        var extension = new DataFrameExtension();
        Assert.True(extension.Match(frame));
        var document = Assert.IsType<BsdfMap>(extension.Encode(frame));
        Assert.Equal(["d", "m", "t", "p"], document.Keys);
        Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(extension.Decode(document))));
        Assert.True(frame.ContentEquals(Assert.IsType<BsdfDataFrame>(extension.Decode(PlainDocument(frame)))));
    }

    [Fact]
    public void Without_the_extension_a_frame_passes_through_unchanged()
    {
        var bytes = Bsdf.Encode(SampleFrames.EveryType(6));
        var serializer = new BsdfSerializer(Quiet);
        serializer.RemoveExtension("dataframe");
        Assert.Equal(bytes, serializer.Encode(serializer.Decode(bytes)));
    }

    [Fact]
    public void The_BSON_document_is_the_BSDF_document()
    {
        var frame = SampleFrames.EveryType(11);
        var bson = BsdfDataFrameBson.ToBson(frame);
        var fromBson = DynamicDocuments.ToDynamic(BsonDocumentReader.Read(bson, 64), bson);
        Tests.Support.DynamicAssert.Equal(PlainDocument(frame), Blobs(fromBson));
    }

    /// <summary>A copy of a plain document with the keys of every mapping in reverse order.</summary>
    private static object? Reversed(object? value) => value switch
    {
        BsdfMap map => map.Reverse().Aggregate(new BsdfMap(), (copy, entry) =>
        {
            copy.Add(entry.Key, Reversed(entry.Value));
            return copy;
        }),
        List<object?> list => list.Select(Reversed).ToList(),
        _ => value,
    };

    private static object? Blobs(object? value) => value switch
    {
        BsdfBlob blob => blob.Data.ToArray(),
        BsdfMap map => map.Aggregate(new BsdfMap(), (copy, entry) =>
        {
            copy.Add(entry.Key, Blobs(entry.Value));
            return copy;
        }),
        List<object?> list => list.Select(Blobs).ToList(),
        _ => value,
    };

    private static byte[] Mask(int rows) => BsdfGen.Codecs.Lz4.Lz4SizePrefixedBlock.Compress(BsdfValidity.AllValid(rows).Bits);

    private static byte[] Native(byte[] framed)
    {
        var size = BinaryPrimitives.ReadInt32LittleEndian(framed);
        return NativeLz4.Decompress(framed.AsSpan(4), size) ?? throw new InvalidOperationException("liblz4 rejected our block");
    }

    private static void WalkBlobs(ref BsdfReader reader, Action<BsdfBlobHeader> visit)
    {
        switch (reader.ReadValueHeader())
        {
            case BsdfValueKind.Map:
                var entries = reader.ReadMapBody();
                for (long i = 0; i < entries; i++)
                {
                    reader.ReadKey();
                    WalkBlobs(ref reader, visit);
                }

                break;
            case BsdfValueKind.List:
                var items = reader.ReadListBody(out _);
                for (long i = 0; i < items; i++)
                {
                    WalkBlobs(ref reader, visit);
                }

                break;
            case BsdfValueKind.Blob:
                var header = reader.ReadBlobBody();
                visit(header);
                reader.SkipBlobData(header);
                break;
            case BsdfValueKind.Int16:
                reader.ReadInt16Body();
                break;
            case BsdfValueKind.Int64:
                reader.ReadInt64Body();
                break;
            case BsdfValueKind.String:
                reader.ReadStringBody();
                break;
        }
    }
}
