using System.Runtime.InteropServices;

namespace BsdfGen.Tests.Codecs;

/// <summary>The machine's liblz4 (Debian package liblz4-1), the reference the managed codec is checked against.</summary>
public static class NativeLz4
{
    private const string Library = "liblz4.so.1";

    private static readonly Lazy<string?> LoadError = new(() =>
        NativeLibrary.TryLoad(Library, typeof(NativeLz4).Assembly, DllImportSearchPath.SafeDirectories, out _)
            ? null
            : $"{Library} could not be loaded; the LZ4 tests need it as their reference implementation (Debian/Ubuntu: apt-get install liblz4-1)");

    public static int CompressBound(int inputLength)
    {
        EnsureLoaded();
        return LZ4_compressBound(inputLength);
    }

    /// <summary>LZ4_compress_default, or LZ4_compress_HC at <paramref name="hcLevel"/> when it is given.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> source, int? hcLevel = null)
    {
        var destination = new byte[CompressBound(source.Length)];
        var written = hcLevel is { } level
            ? LZ4_compress_HC(ref MemoryMarshal.GetReference(source), ref MemoryMarshal.GetArrayDataReference(destination), source.Length, destination.Length, level)
            : LZ4_compress_default(ref MemoryMarshal.GetReference(source), ref MemoryMarshal.GetArrayDataReference(destination), source.Length, destination.Length);
        if (written <= 0)
        {
            throw new InvalidOperationException($"Native LZ4 compression of {source.Length} bytes failed ({written})");
        }

        return destination[..written];
    }

    /// <summary>LZ4_decompress_safe; the decompressed bytes, or null when liblz4 rejects the block.</summary>
    public static byte[]? Decompress(ReadOnlySpan<byte> block, int capacity)
    {
        EnsureLoaded();
        var destination = new byte[capacity];
        var written = LZ4_decompress_safe(ref MemoryMarshal.GetReference(block), ref MemoryMarshal.GetArrayDataReference(destination), block.Length, capacity);
        return written < 0 ? null : destination[..written];
    }

    /// <summary>Raw entry points for benchmarks: compress into a destination of at least <see cref="CompressBound"/> bytes.</summary>
    public static int CompressInto(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        EnsureLoaded();
        return LZ4_compress_default(ref MemoryMarshal.GetReference(source), ref MemoryMarshal.GetReference(destination), source.Length, destination.Length);
    }

    public static int DecompressInto(ReadOnlySpan<byte> block, Span<byte> destination)
    {
        EnsureLoaded();
        return LZ4_decompress_safe(ref MemoryMarshal.GetReference(block), ref MemoryMarshal.GetReference(destination), block.Length, destination.Length);
    }

    private static void EnsureLoaded()
    {
        if (LoadError.Value is { } error)
        {
            throw new InvalidOperationException(error);
        }
    }

    [DllImport(Library)]
    private static extern int LZ4_compressBound(int inputSize);

    [DllImport(Library)]
    private static extern int LZ4_compress_default(ref byte source, ref byte destination, int sourceSize, int destinationCapacity);

    [DllImport(Library)]
    private static extern int LZ4_compress_HC(ref byte source, ref byte destination, int sourceSize, int destinationCapacity, int compressionLevel);

    [DllImport(Library)]
    private static extern int LZ4_decompress_safe(ref byte source, ref byte destination, int compressedSize, int destinationCapacity);
}
