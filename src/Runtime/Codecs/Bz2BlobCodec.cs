using ICSharpCode.SharpZipLib.BZip2;

namespace BsdfGen.Codecs;

/// <summary>bzip2 through SharpZipLib (block size 9, as Python's <c>bz2.compress</c>).</summary>
internal sealed class Bz2BlobCodec : StreamBlobCodec
{
    protected override Stream CreateCompressor(Stream output) => new BZip2OutputStream(output, 9) { IsStreamOwner = false };

    protected override Stream CreateDecompressor(Stream input) => new BZip2InputStream(input) { IsStreamOwner = false };
}
