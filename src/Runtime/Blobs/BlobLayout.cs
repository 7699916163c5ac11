using System.Security.Cryptography;

namespace BsdfGen.Blobs;

/// <summary>The arithmetic of blob headers shared by the writer and the in-place editor.</summary>
internal static class BlobLayout
{
    /// <summary>The size of an MD5 checksum.</summary>
    public const int ChecksumSize = 16;

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
