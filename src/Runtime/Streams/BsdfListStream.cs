using System.Buffers.Binary;
using BsdfGen.Dynamic;
using BsdfGen.IO;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// A list that is written as a stream: put it (as the last value) in the data passed to
/// <c>Save</c>, then <see cref="Append"/> items for as long as the job runs. Each item is written to
/// the end of the file at once, so a reader sees every complete item even if the writer dies.
/// <see cref="Close"/> records the count; <see cref="Dispose"/> closes the stream if still open and
/// releases the file. Thread-safe: several producers may append through one instance.
/// </summary>
public sealed class BsdfListStream : IDisposable
{
    private readonly object _gate = new();
    private Stream? _target;
    private bool _ownsTarget;
    private long _markerPosition;
    private Func<DynamicEncoder>? _createEncoder;
    private bool _unstreamed;
    private bool _disposed;

    /// <summary>The number of items appended so far.</summary>
    public long Count { get; private set; }

    /// <summary>Whether the stream has been written to a file or stream and accepts items.</summary>
    public bool IsBound => _target is not null;

    /// <summary>Whether the count written in the file matches <see cref="Count"/> (closed and nothing appended since).</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Encodes <paramref name="item"/> and writes it to the end of the file.</summary>
    /// <param name="item">Any value the serializer can encode.</param>
    /// <exception cref="InvalidOperationException">The stream was not saved yet, or was turned into a plain list.</exception>
    public void Append(object? item)
    {
        lock (_gate)
        {
            var target = RequireWritable();
            var end = target.Seek(0, SeekOrigin.End);
            using var buffer = new PooledBufferWriter();
            var writer = new BsdfWriter(buffer, end);
            _createEncoder!().EncodeItem(ref writer, item);
            writer.Flush();
            target.Write(buffer.WrittenSpan);
            Count++;
            IsClosed = false;
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
    /// Writes the item count into the stream header. A closed stream can still be appended to (and
    /// closed again); with <paramref name="unstream"/> it becomes an ordinary list and accepts no more items.
    /// </summary>
    /// <param name="unstream">Turn the stream into a plain list (size marker 253) instead of a closed stream (254).</param>
    public void Close(bool unstream = false)
    {
        lock (_gate)
        {
            var target = RequireWritable();
            Span<byte> header = stackalloc byte[9];
            header[0] = unstream ? BsdfSizeMarkers.Long : BsdfSizeMarkers.ClosedStream;
            BinaryPrimitives.WriteInt64LittleEndian(header[1..], Count);
            target.Seek(_markerPosition, SeekOrigin.Begin);
            target.Write(header);
            target.Seek(0, SeekOrigin.End);
            target.Flush();
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

    internal void Bind(Stream target, bool ownsTarget, long markerPosition, Func<DynamicEncoder> createEncoder)
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
            _createEncoder = createEncoder;
        }
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
