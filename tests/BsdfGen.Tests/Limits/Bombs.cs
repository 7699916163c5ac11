using System.Buffers.Binary;
using System.IO.Compression;
using BsdfGen.Codecs.Lz4;

namespace BsdfGen.Tests.Limits;

/// <summary>Small inputs that decode to huge values: the attacks the decode limits exist for.</summary>
internal static class Bombs
{
    /// <summary>A document holding a list of <paramref name="count"/> copies of one blob value.</summary>
    public static byte[] ListOfBlobs(byte[] blobValue, int count)
    {
        using var output = new MemoryStream();
        output.Write("BSDF\u0002\u0002"u8);
        output.WriteByte((byte)'l');
        output.WriteByte(checked((byte)count));
        for (var i = 0; i < count; i++)
        {
            output.Write(blobValue);
        }

        return output.ToArray();
    }

    /// <summary>The bytes of one blob value (type id included) whose data are <paramref name="size"/> zeros, compressed.</summary>
    public static byte[] ZeroBlob(long size, BsdfCompression compression)
    {
        var compressed = compression == BsdfCompression.Zlib ? ZlibZeros(size) : Bz2Zeros(size);
        return BlobValue(compressed, size, compression);
    }

    /// <summary>A blob value with the given used bytes and declared data size (nothing checks that they match).</summary>
    public static byte[] BlobValue(byte[] used, long dataSize, BsdfCompression compression)
    {
        using var output = new MemoryStream();
        output.WriteByte((byte)'b');
        WriteSize(output, used.Length);
        WriteSize(output, used.Length);
        WriteSize(output, dataSize);
        output.WriteByte((byte)compression);
        output.WriteByte(0);
        output.WriteByte(0);
        output.Write(used);
        return output.ToArray();
    }

    /// <summary>A data frame with one null column that claims <paramref name="rows"/> rows, its mask declaring the bytes they need.</summary>
    public static byte[] NullFrame(int rows)
    {
        var serializer = new BsdfSerializer();
        serializer.RemoveExtension("dataframe");
        var document = (BsdfMap)((BsdfExtensionValue)serializer.Decode(Bsdf.Encode(new BsdfDataFrame().Add("a", new BsdfNullColumn(8))))!).Value!;
        ((BsdfMap)document["d"]!)["l"] = (long)rows;
        var column = (BsdfMap)((BsdfMap)((BsdfMap)document["d"]!)["f"]!)["a"]!;
        column["d"] = (long)rows;
        column["m"] = Lz4SizePrefixedBlock.Compress(new byte[((long)rows + 7) / 8]);
        return Bsdf.Encode(new BsdfExtensionValue("dataframe", document));
    }

    private static byte[] ZlibZeros(long size)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            WriteZeros(zlib, size);
        }

        return output.ToArray();
    }

    private static byte[] Bz2Zeros(long size)
    {
        using var output = new MemoryStream();
        using (var bz2 = new ICSharpCode.SharpZipLib.BZip2.BZip2OutputStream(output, 9) { IsStreamOwner = false })
        {
            WriteZeros(bz2, size);
        }

        return output.ToArray();
    }

    private static void WriteZeros(Stream stream, long size)
    {
        var chunk = new byte[1 << 20];
        for (long left = size; left > 0; left -= chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
        }
    }

    private static void WriteSize(Stream output, long size)
    {
        if (size < 251)
        {
            output.WriteByte((byte)size);
            return;
        }

        output.WriteByte(253);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)size);
        output.Write(bytes);
    }
}
