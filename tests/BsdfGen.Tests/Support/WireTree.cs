using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BsdfGen.Codecs;
using BsdfGen.Wire;
using Xunit;

namespace BsdfGen.Tests.Support;

/// <summary>
/// Walks a file with <see cref="BsdfReader"/> and compares it, node by node, with a vector's
/// wire-level tree (type ids, int16 vs int64, float bits, blob header fields, stream kinds, extensions).
/// </summary>
public static class WireTree
{
    public static void AssertMatches(byte[] file, JsonElement expected)
    {
        var reader = new BsdfReader(file);
        var version = reader.ReadHeader();
        var expectedVersion = expected.GetProperty("version");
        Assert.Equal(expectedVersion[0].GetInt32(), version.Major);
        Assert.Equal(expectedVersion[1].GetInt32(), version.Minor);
        AssertNode(ref reader, expected.GetProperty("root"), "root", file);
    }

    private static void AssertNode(ref BsdfReader reader, JsonElement expected, string path, byte[] file)
    {
        var kind = reader.ReadValueHeader(out var extension);
        var expectedExtension = expected.TryGetProperty("ext", out var ext) ? ext.GetString() : null;
        Assert.True(expectedExtension == (extension.IsEmpty ? null : Encoding.UTF8.GetString(extension)), $"{path}: extension name differs");
        var type = expected.GetProperty("type").GetString();
        switch (kind)
        {
            case BsdfValueKind.Null:
                Expect(type, "null", path);
                break;
            case BsdfValueKind.True:
            case BsdfValueKind.False:
                Expect(type, "bool", path);
                Assert.True(expected.GetProperty("value").GetBoolean() == (kind == BsdfValueKind.True), $"{path}: boolean differs");
                break;
            case BsdfValueKind.Int16:
                Expect(type, "int16", path);
                Assert.True(expected.GetProperty("value").GetInt64() == reader.ReadInt16Body(), $"{path}: int16 differs");
                break;
            case BsdfValueKind.Int64:
                Expect(type, "int64", path);
                Assert.True(expected.GetProperty("value").GetInt64() == reader.ReadInt64Body(), $"{path}: int64 differs");
                break;
            case BsdfValueKind.Float32:
                Expect(type, "float32", path);
                var single = BitConverter.SingleToUInt32Bits(reader.ReadFloat32Body());
                Assert.True(Convert.ToUInt32(expected.GetProperty("bits").GetString(), 16) == single, $"{path}: float32 bits differ");
                break;
            case BsdfValueKind.Float64:
                Expect(type, "float64", path);
                var bits = BitConverter.DoubleToUInt64Bits(reader.ReadFloat64Body());
                Assert.True(Convert.ToUInt64(expected.GetProperty("bits").GetString(), 16) == bits, $"{path}: float64 bits differ");
                break;
            case BsdfValueKind.String:
                Expect(type, "string", path);
                Assert.True(expected.GetProperty("value").GetString() == reader.ReadStringBodyAsString(), $"{path}: string differs");
                break;
            case BsdfValueKind.List:
                Expect(type, "list", path);
                AssertList(ref reader, expected, path, file);
                break;
            case BsdfValueKind.Map:
                Expect(type, "map", path);
                var count = reader.ReadMapBody();
                var items = expected.GetProperty("items");
                Assert.True(items.GetArrayLength() == count, $"{path}: mapping size differs");
                for (var i = 0; i < count; i++)
                {
                    var key = reader.ReadKeyAsString();
                    Assert.True(items[i][0].GetString() == key, $"{path}: key {i} differs");
                    AssertNode(ref reader, items[i][1], $"{path}.{key}", file);
                }

                break;
            case BsdfValueKind.Blob:
                Expect(type, "blob", path);
                AssertBlob(ref reader, expected, path);
                break;
        }
    }

    private static void AssertList(ref BsdfReader reader, JsonElement expected, string path, byte[] file)
    {
        var count = reader.ReadListBody(out var listKind);
        var expectedStream = expected.TryGetProperty("stream", out var stream) ? stream.GetString() : null;
        var actualStream = listKind switch
        {
            BsdfListKind.OpenStream => "open",
            BsdfListKind.ClosedStream => "closed",
            _ => null,
        };
        Assert.True(expectedStream == actualStream, $"{path}: stream kind differs ({actualStream} vs {expectedStream})");
        var items = expected.GetProperty("items");
        if (listKind == BsdfListKind.OpenStream)
        {
            var index = 0;
            while (!reader.IsAtEnd)
            {
                AssertNode(ref reader, items[index], $"{path}[{index}]", file);
                index++;
            }

            Assert.True(items.GetArrayLength() == index, $"{path}: open stream item count differs");
            return;
        }

        Assert.True(items.GetArrayLength() == count, $"{path}: list size differs ({count} vs {items.GetArrayLength()})");
        for (var i = 0; i < count; i++)
        {
            AssertNode(ref reader, items[i], $"{path}[{i}]", file);
        }
    }

    private static void AssertBlob(ref BsdfReader reader, JsonElement expected, string path)
    {
        var header = reader.ReadBlobBody();
        Assert.True(expected.GetProperty("compression").GetInt32() == (int)header.Compression, $"{path}: compression differs");
        Assert.True(expected.GetProperty("allocated_size").GetInt64() == header.AllocatedSize, $"{path}: allocated size differs");
        Assert.True(expected.GetProperty("used_size").GetInt64() == header.UsedSize, $"{path}: used size differs");
        Assert.True(expected.GetProperty("data_size").GetInt64() == header.DataSize, $"{path}: data size differs");
        Assert.True(expected.GetProperty("alignment").GetInt32() == header.Alignment, $"{path}: alignment differs");
        Assert.True(expected.GetProperty("data_offset").GetInt64() == header.DataOffset, $"{path}: data offset differs");
        var checksum = expected.GetProperty("checksum");
        Assert.True(
            (checksum.ValueKind == JsonValueKind.Null ? null : checksum.GetString()) == (header.Checksum is null ? null : Convert.ToHexStringLower(header.Checksum)),
            $"{path}: checksum differs");
        var used = reader.ReadBlobData(header);
        var data = BlobCodecs.Decompress(header.Compression, used, header.DataSize, BsdfOptions.Default, header.DataOffset);
        if (expected.TryGetProperty("data", out var base64))
        {
            Assert.True(base64.GetString() == Convert.ToBase64String(data), $"{path}: blob data differs");
        }
        else
        {
            Assert.True(expected.GetProperty("data_sha256").GetString() == Convert.ToHexStringLower(SHA256.HashData(data)), $"{path}: blob data hash differs");
        }
    }

    private static void Expect(string? expectedType, string actualType, string path) =>
        Assert.True(expectedType == actualType, $"{path}: expected a {expectedType} node but the file has a {actualType}");
}
