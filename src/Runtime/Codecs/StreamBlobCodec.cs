using System.Buffers;
using BsdfGen.IO;

namespace BsdfGen.Codecs;

/// <summary>Shared plumbing for codecs that are available as .NET compression streams.</summary>
internal abstract class StreamBlobCodec : IBlobCodec
{
    /// <summary>Wraps <paramref name="output"/> in a compressing stream.</summary>
    protected abstract Stream CreateCompressor(Stream output);

    /// <summary>Wraps <paramref name="input"/> in a decompressing stream.</summary>
    protected abstract Stream CreateDecompressor(Stream input);

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination)
    {
        using var sink = new BufferWriterSink(destination);
        using (var compressor = CreateCompressor(sink))
        {
            compressor.Write(source);
        }
    }

    public unsafe byte[] Decompress(ReadOnlySpan<byte> source, int expectedSize)
    {
        fixed (byte* pointer = source)
        {
            using var input = new UnmanagedMemoryStream(pointer, source.Length);
            using var decompressor = CreateDecompressor(input);
            // The decode budget was charged with the declared size before this call, so the buffer takes it at once:
            // uninitialized, its pages cost memory only as the output reaches them, and no copies are left behind.
            var buffer = GC.AllocateUninitializedArray<byte>(expectedSize);
            var filled = 0;
            while (filled < expectedSize)
            {
                var read = decompressor.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    throw new InvalidDataException($"it decompresses to {filled} bytes, fewer than the declared {expectedSize}");
                }

                filled += read;
            }

            Span<byte> probe = stackalloc byte[1];
            if (decompressor.Read(probe) != 0)
            {
                throw new InvalidDataException($"it decompresses to more than the declared {expectedSize} bytes");
            }

            return buffer;
        }
    }
}
