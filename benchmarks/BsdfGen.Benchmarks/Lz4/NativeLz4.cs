using System.Runtime.InteropServices;

namespace BsdfGen.Benchmarks.Lz4;

/// <summary>The machine's liblz4 (Debian package liblz4-1): the reference the managed codec is measured against.</summary>
internal static partial class NativeLz4
{
    private const string Library = "liblz4.so.1";

    public static void EnsureAvailable()
    {
        if (!NativeLibrary.TryLoad(Library, typeof(NativeLz4).Assembly, DllImportSearchPath.SafeDirectories, out _))
        {
            throw new InvalidOperationException($"{Library} could not be loaded; the LZ4 benchmarks compare against it (Debian/Ubuntu: apt-get install liblz4-1)");
        }
    }

    public static int CompressBound(int inputLength) => LZ4_compressBound(inputLength);

    /// <summary>LZ4_compress_default into a destination of at least <see cref="CompressBound"/> bytes.</summary>
    public static int Compress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var written = LZ4_compress_default(ref MemoryMarshal.GetReference(source), ref MemoryMarshal.GetReference(destination), source.Length, destination.Length);
        return written > 0 ? written : throw new InvalidOperationException($"Native LZ4 compression of {source.Length} bytes failed ({written})");
    }

    /// <summary>LZ4_decompress_safe.</summary>
    public static int Decompress(ReadOnlySpan<byte> block, Span<byte> destination)
    {
        var written = LZ4_decompress_safe(ref MemoryMarshal.GetReference(block), ref MemoryMarshal.GetReference(destination), block.Length, destination.Length);
        return written >= 0 ? written : throw new InvalidOperationException($"Native LZ4 rejected the block ({written})");
    }

    [LibraryImport(Library)]
    private static partial int LZ4_compressBound(int inputSize);

    [LibraryImport(Library)]
    private static partial int LZ4_compress_default(ref byte source, ref byte destination, int sourceSize, int destinationCapacity);

    [LibraryImport(Library)]
    private static partial int LZ4_decompress_safe(ref byte source, ref byte destination, int compressedSize, int destinationCapacity);
}
