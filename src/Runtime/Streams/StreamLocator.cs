using BsdfGen.Dynamic;
using BsdfGen.Extensions;
using BsdfGen.Wire;

namespace BsdfGen.Streams;

/// <summary>Where the items of a document's list stream (or of its root list) start, and how many there are.</summary>
/// <param name="FirstItemOffset">The absolute offset of the first item.</param>
/// <param name="MarkerOffset">The absolute offset of the list's size marker, or -1 when it is not a stream.</param>
/// <param name="Kind">Regular list, closed stream or open stream.</param>
/// <param name="Count">The item count (closed streams and regular lists).</param>
internal sealed record StreamLocation(long FirstItemOffset, long MarkerOffset, BsdfListKind Kind, long Count);

/// <summary>Finds the list stream of a document from its first bytes (which may still be growing).</summary>
internal static class StreamLocator
{
    /// <summary>
    /// Parses the document in <paramref name="data"/> (starting at absolute offset <paramref name="origin"/>) up to
    /// its final list stream, or, without one, its root list. Returns null when the data ends before the stream's
    /// items start (read more and try again); a document without a stream must be complete.
    /// </summary>
    public static StreamLocation? Locate(ReadOnlyMemory<byte> data, long origin, BsdfOptions options, ExtensionRegistry extensions) =>
        Locate(new DecodeSource(data, origin, new Blobs.MemoryBlobStorage(data, origin), null), options, extensions);

    /// <summary>As <see cref="Locate(ReadOnlyMemory{byte}, long, BsdfOptions, ExtensionRegistry)"/> for a whole file of any size, through a memory map of it.</summary>
    public static StreamLocation? Locate(FileStream file, BsdfOptions options, ExtensionRegistry extensions)
    {
        using var mapping = new IO.MappedFile(file, writeThrough: false);
        var storage = new Blobs.FileBlobStorage(file.SafeFileHandle, false);
        return Locate(new DecodeSource(mapping.Window(0), 0, storage, null, mapping), options, extensions);
    }

    private static StreamLocation? Locate(DecodeSource source, BsdfOptions options, ExtensionRegistry extensions)
    {
        var quiet = options with { LazyStreams = true, LazyBlobs = true, Warning = static _ => { } };
        try
        {
            var reader = new BsdfReader(source.Memory.Span, source.Origin);
            var root = new DynamicDecoder(quiet, extensions, source).DecodeDocument(ref reader);
            if (Find(root) is { } stream)
            {
                return new StreamLocation(stream.FirstItemOffset, stream.FirstItemOffset - 9, stream.Kind, stream.DeclaredCount ?? 0);
            }
        }
        catch (BsdfException error) when (error.IsTruncation)
        {
            return null;
        }

        return RootList(source.Memory.Span, source.Origin) ?? throw new BsdfException("The data holds neither a list stream nor a root list", source.Origin);
    }

    /// <summary>Reads the marker of a stream again: its kind and count may change as the writer closes it.</summary>
    public static (BsdfListKind Kind, long Count) ReadMarker(ReadOnlySpan<byte> marker, long offset)
    {
        var count = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(marker[1..]);
        return marker[0] switch
        {
            BsdfSizeMarkers.OpenStream => (BsdfListKind.OpenStream, 0),
            BsdfSizeMarkers.ClosedStream => (BsdfListKind.ClosedStream, count),
            BsdfSizeMarkers.Long => (BsdfListKind.Regular, count),
            var other => BsdfThrow.Invalid<(BsdfListKind, long)>($"The stream's size marker changed to {other}", offset),
        };
    }

    private static StreamLocation? RootList(ReadOnlySpan<byte> data, long origin)
    {
        var reader = new BsdfReader(data, origin);
        reader.ReadHeader();
        if (reader.ReadValueHeader() != BsdfValueKind.List)
        {
            return null;
        }

        var marker = reader.Position;
        var count = reader.ReadListBody(out var kind);
        return new StreamLocation(reader.Position, kind == BsdfListKind.Regular ? -1 : marker, kind, count);
    }

    private static BsdfListStreamReader? Find(object? value) => value switch
    {
        BsdfListStreamReader stream => stream,
        BsdfMap map => map.Values.Select(Find).LastOrDefault(found => found is not null),
        List<object?> list => list.Count > 0 ? Find(list[^1]) : null,
        BsdfExtensionValue tagged => Find(tagged.Value),
        _ => null,
    };
}
