using System.Buffers.Binary;
using BsdfGen.IO;
using BsdfGen.Typed;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// A list that is written as a stream: put it (as the last value) in the data passed to
/// <c>Save</c>, then <see cref="Append"/> items for as long as the job runs. Each item is written to
/// the end of the file at once, so a reader sees every complete item even if the writer dies.
/// <see cref="Close"/> records the count; appending after it first marks the stream open again on disk, so a
/// writer that dies then still loses no appended item. <see cref="Dispose"/> closes the stream if still open and
/// releases the file. Thread-safe: several producers may append through one instance.
/// </summary>
public sealed class BsdfListStream : IDisposable
{
    private readonly object _gate = new();
    private Stream? _target;
    private bool _ownsTarget;
    private long _markerPosition;
    private BsdfContext? _context;
    private long _appendedSinceDiskFlush;
    private bool _unstreamed;
    private bool _disposed;

    /// <summary>The number of items appended so far.</summary>
    public long Count { get; private set; }

    /// <summary>
    /// Forces appended items to the storage device after every this many items (0, the default: never
    /// automatically). Items always reach the operating system at once, so other readers see them; this
    /// bounds what a power failure can lose.
    /// </summary>
    public int FlushToDiskEvery { get; set; }

    /// <summary>Whether the stream has been written to a file or stream and accepts items.</summary>
    public bool IsBound => _target is not null;

    /// <summary>Whether the count written in the file matches <see cref="Count"/> (closed and nothing appended since).</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Encodes <paramref name="item"/> with the dynamic model and writes it to the end of the file.</summary>
    /// <param name="item">Any value the serializer can encode.</param>
    /// <exception cref="InvalidOperationException">The stream was not saved yet, or was turned into a plain list.</exception>
    public void Append(object? item) => Append<object?>(item);

    /// <summary>
    /// Encodes a typed item (a <c>[BsdfContract]</c> record, or any type with a registered codec) with its
    /// generated serializer and writes it to the end of the file.
    /// </summary>
    /// <typeparam name="T">The item's static type.</typeparam>
    /// <param name="item">The item.</param>
    /// <exception cref="InvalidOperationException">The stream was not saved yet, or was turned into a plain list.</exception>
    public void Append<T>(T item)
    {
        lock (_gate)
        {
            var target = RequireWritable();
            if (IsClosed)
            {
                // Reopen on disk before the item goes out: a closed count would hide it from readers if the writer died.
                WriteMarker(target, BsdfSizeMarkers.OpenStream, 0);
                IsClosed = false;
            }

            var end = target.Seek(0, SeekOrigin.End);
            using var buffer = new PooledBufferWriter();
            var writer = new BsdfWriter(buffer, end);
            TypedDocument.WriteValue(ref writer, item, _context!.Acquire());
            _context.Release();
            writer.Flush();
            target.Write(buffer.WrittenSpan);
            Count++;
            IsClosed = false;
            if (FlushToDiskEvery > 0 && ++_appendedSinceDiskFlush >= FlushToDiskEvery && target is FileStream file)
            {
                file.Flush(flushToDisk: true);
                _appendedSinceDiskFlush = 0;
            }
        }
    }

    /// <summary>Flushes appended items to the operating system (and to disk when <paramref name="toDisk"/> is true).</summary>
    /// <param name="toDisk">Also force the file's data to the storage device.</param>
    public void Flush(bool toDisk = false)
    {
        lock (_gate)
        {
            var target = RequireBound();
            if (toDisk && target is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }
            else
            {
                target.Flush();
            }
        }
    }

    /// <summary>
    /// Writes the item count into the stream header. A closed stream can still be appended to (which marks it open
    /// again first) and closed again; with <paramref name="unstream"/> it becomes an ordinary list and accepts no more items.
    /// </summary>
    /// <param name="unstream">Turn the stream into a plain list (size marker 253) instead of a closed stream (254).</param>
    public void Close(bool unstream = false)
    {
        lock (_gate)
        {
            var target = RequireWritable();
            WriteMarker(target, unstream ? BsdfSizeMarkers.Long : BsdfSizeMarkers.ClosedStream, Count);
            IsClosed = true;
            _unstreamed = unstream;
        }
    }

    /// <summary>Closes the stream if it is bound and not closed yet, and releases a file that <c>Save</c> opened for it.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_target is not null && !IsClosed && !_unstreamed)
            {
                Close();
            }

            _disposed = true;
            if (_ownsTarget)
            {
                _target?.Dispose();
            }

            _target = null;
        }
    }

    internal void Bind(Stream target, bool ownsTarget, long markerPosition, BsdfContext context)
    {
        lock (_gate)
        {
            if (_target is not null || _disposed)
            {
                throw new BsdfException("This BsdfListStream was already written; use a new one for each file");
            }

            _target = target;
            _ownsTarget = ownsTarget;
            _markerPosition = markerPosition;
            _context = context;
        }
    }

    /// <summary>Writes the stream's size marker and count, and hands them to the operating system.</summary>
    private void WriteMarker(Stream target, byte marker, long count)
    {
        Span<byte> header = stackalloc byte[9];
        header[0] = marker;
        BinaryPrimitives.WriteInt64LittleEndian(header[1..], count);
        target.Seek(_markerPosition, SeekOrigin.Begin);
        target.Write(header);
        target.Seek(0, SeekOrigin.End);
        target.Flush();
    }

    private Stream RequireBound()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _target ?? throw new InvalidOperationException("Save the data that holds this BsdfListStream to a file or seekable stream first");
    }

    private Stream RequireWritable()
    {
        var target = RequireBound();
        if (_unstreamed)
        {
            throw new InvalidOperationException("The stream was turned into a plain list and accepts no more items");
        }

        return target;
    }
}
