using System.IO.Compression;

namespace BsdfGen.Codecs;

/// <summary>zlib (RFC 1950) through <see cref="ZLibStream"/>; level "optimal" is zlib's default level 6.</summary>
internal sealed class ZlibBlobCodec : StreamBlobCodec
{
    protected override Stream CreateCompressor(Stream output) => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true);

    protected override Stream CreateDecompressor(Stream input) => new ZLibStream(input, CompressionMode.Decompress, leaveOpen: true);
}
