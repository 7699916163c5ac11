using System.Security.Cryptography;

namespace BsdfGen.Blobs;

/// <summary>The arithmetic of blob headers shared by the writer and the in-place editor.</summary>
internal static class BlobLayout
{
    /// <summary>The size of an MD5 checksum.</summary>
    public const int ChecksumSize = 16;

    /// <summary>The most bytes a small default blob takes besides its data: id, three sizes, compression, checksum flag, alignment byte, padding.</summary>
    public const int SmallDefaultOverhead = 1 + 3 + 1 + 1 + 1 + BsdfBlobSettings.DefaultAlignment;

    /// <summary>
    /// Writes a blob of at most 250 bytes with the default settings at the start of <paramref name="output"/> (the byte at
    /// file offset <paramref name="position"/>, which has room for <see cref="SmallDefaultOverhead"/> more bytes than the data)
    /// in one go, as the general path would; returns the bytes written.
    /// </summary>
    public static int WriteSmallDefault(Span<byte> output, long position, ReadOnlySpan<byte> data)
    {
        const int AlignmentByte = 6;
        var padding = Padding(position + AlignmentByte, BsdfBlobSettings.DefaultAlignment);
        var length = AlignmentByte + 1 + padding + data.Length;
        output = output[..length];
        output[0] = Wire.BsdfTypeIds.Blob;
        output[1] = output[2] = output[3] = (byte)data.Length;
        output[4] = (byte)BsdfCompression.None;
        output[5] = 0;
        output[AlignmentByte] = (byte)padding;
        output.Slice(AlignmentByte + 1, padding).Clear();
        data.CopyTo(output[(AlignmentByte + 1 + padding)..]);
        return length;
    }

    /// <summary>
    /// The number of padding bytes after the alignment byte at <paramref name="alignmentBytePosition"/>
    /// so that the data starts on a multiple of <paramref name="alignment"/>. Like the reference
    /// implementation this pads a whole boundary (never 0) when already aligned, except that a full
    /// 256 does not fit the byte and becomes 0.
    /// </summary>
    public static int Padding(long alignmentBytePosition, int alignment)
    {
        var padding = alignment - (int)((alignmentBytePosition + 1) % alignment);
        return padding > byte.MaxValue ? 0 : padding;
    }

    /// <summary>Whether the three sizes use the 9-byte form: always for compressed or larger blobs.</summary>
    public static bool UsesWideSizes(long allocatedSize, BsdfCompression compression) =>
        allocatedSize > Wire.BsdfSizeMarkers.MaxSmall || compression != BsdfCompression.None;

    /// <summary>The MD5 of <paramref name="used"/>.</summary>
    public static byte[] Checksum(ReadOnlySpan<byte> used) => MD5.HashData(used);
}
