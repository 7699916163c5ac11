using BsdfGen.Codecs;
using BsdfGen.Wire;

namespace BsdfGen.Blobs;

/// <summary>Reads a blob's data in full: checksum verified (unless turned off) and decompressed.</summary>
internal static class BlobContent
{
    /// <summary>Reads the data of a blob whose header was just read.</summary>
    public static byte[] Read(ref BsdfReader reader, in BsdfBlobHeader header, BsdfOptions options)
    {
        if (header.Compression == BsdfCompression.None && (header.Checksum is null || !options.VerifyChecksums))
        {
            // Copied once, straight into the result (from the stream when the reader left it there); not zeroed first.
            var data = GC.AllocateUninitializedArray<byte>((int)header.UsedSize);
            reader.CopyBlobData(header, data);
            reader.SkipBlobDataUnread(header);
            return data;
        }

        var used = reader.ReadBlobData(header);
        if (header.Checksum is { } checksum && options.VerifyChecksums && !BlobLayout.Checksum(used).AsSpan().SequenceEqual(checksum))
        {
            BsdfThrow.Invalid("Blob checksum (MD5) does not match its data", header.DataOffset);
        }

        return BlobCodecs.Decompress(header.Compression, used, header.DataSize, options, header.DataOffset);
    }

    /// <summary>Reads a whole blob value (type id included), or null for <c>v</c>.</summary>
    public static byte[]? ReadValue(ref BsdfReader reader, BsdfOptions options)
    {
        if (reader.TryReadNull())
        {
            return null;
        }

        var start = reader.Position;
        if (reader.ReadValueHeader() != BsdfValueKind.Blob)
        {
            BsdfThrow.Invalid("Expected a blob", start);
        }

        var header = reader.ReadBlobBody();
        return Read(ref reader, header, options);
    }
}
