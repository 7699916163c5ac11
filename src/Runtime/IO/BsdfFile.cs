using BsdfGen.Blobs;
using BsdfGen.Dynamic;
using BsdfGen.Extensions;
using BsdfGen.IO;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>How <see cref="BsdfFile"/> opens a file.</summary>
public enum BsdfFileAccess
{
    /// <summary>Read only.</summary>
    Read,
    /// <summary>Read, and edit uncompressed blobs in place through <see cref="BsdfLazyBlob.Write"/>.</summary>
    ReadWrite,
}

/// <summary>
/// A BSDF file opened through a memory map: the structure is decoded from the mapping, blobs stay on disk
/// as <see cref="BsdfLazyBlob"/> handles, and uncompressed blobs and ndarrays are views of the mapped pages
/// (no copy; the operating system shares the pages between processes), so opening a file of large arrays
/// costs about as much as reading its headers. With <see cref="BsdfFileAccess.Read"/> the views are
/// copy-on-write (changes stay in this process); with <see cref="BsdfFileAccess.ReadWrite"/> they write to
/// the file. With <see cref="BsdfOptions.LazyStreams"/> a final list stream is a <see cref="BsdfListStreamReader"/>.
/// Everything handed out is valid until the file is disposed. Files may exceed 2 GiB; each blob, array and
/// stream (the data a single view covers) stays below 2 GiB.
/// </summary>
public sealed class BsdfFile : IDisposable
{
    private readonly FileStream _file;
    private readonly MappedFile _mapped;

    private BsdfFile(string path, BsdfFileAccess access, BsdfOptions options, ExtensionRegistry extensions)
    {
        Path = path;
        _file = new FileStream(
            path,
            FileMode.Open,
            access == BsdfFileAccess.ReadWrite ? FileAccess.ReadWrite : FileAccess.Read,
            FileShare.ReadWrite | FileShare.Delete,
            bufferSize: 1);
        try
        {
            _mapped = new MappedFile(_file, writeThrough: access == BsdfFileAccess.ReadWrite);
            var start = _mapped.Window(0);
            var source = new DecodeSource(
                start,
                0,
                new FileBlobStorage(_file.SafeFileHandle, access == BsdfFileAccess.ReadWrite),
                () => _mapped.IsAlive,
                _mapped);
            var decoder = new DynamicDecoder(options with { LazyBlobs = true }, extensions, source);
            var reader = new BsdfReader(start.Span);
            Root = decoder.DecodeDocument(ref reader);
            Version = new BsdfVersion(start.Span[4], start.Span[5]);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The path the file was opened from.</summary>
    public string Path { get; }

    /// <summary>The file's format version.</summary>
    public BsdfVersion Version { get; }

    /// <summary>The decoded root value, with blobs as <see cref="BsdfLazyBlob"/> handles.</summary>
    public object? Root { get; }

    /// <summary>Opens a file with the default serializer.</summary>
    /// <param name="path">The file.</param>
    /// <param name="access">Read only, or read and edit blobs in place.</param>
    /// <param name="options">Decoding options (<see cref="BsdfOptions.LazyBlobs"/> is always on here).</param>
    public static BsdfFile Open(string path, BsdfFileAccess access = BsdfFileAccess.Read, BsdfOptions? options = null) =>
        new(path, access, options ?? BsdfOptions.Default, ExtensionRegistry.Standard);

    internal static BsdfFile Open(string path, BsdfFileAccess access, BsdfOptions options, ExtensionRegistry extensions) =>
        new(path, access, options, extensions);

    /// <summary>Releases the memory map and the file; handles from this file stop working.</summary>
    public void Dispose()
    {
        _mapped?.Dispose();
        _file.Dispose();
    }
}
