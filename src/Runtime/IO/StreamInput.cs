using System.Buffers;

namespace BsdfGen.IO;

/// <summary>
/// The rest of a stream as one span for a reader, copied as little as possible: a <see cref="MemoryStream"/> whose buffer
/// is visible is used in place; a seekable stream is read into a buffer of its exact length, leaving the payloads of large
/// uncompressed blobs in the stream (<see cref="Holes"/>) for the decoder to read straight into its arrays; any other
/// stream is read into a growing buffer. The stream is left at its end. Dispose to give the buffer back.
/// </summary>
internal sealed class StreamInput : IDisposable
{
    /// <summary>Seekable streams shorter than this are read whole: looking for blobs to leave out would not pay.</summary>
    private const int ScanFrom = 1 << 20;

    private const int UnknownLengthRead = 64 * 1024;

    private byte[]? _rented;

    private StreamInput(ReadOnlyMemory<byte> data, byte[]? rented, BlobHoles? holes = null, Stream? stream = null, long end = 0)
    {
        Data = data;
        _rented = rented;
        Holes = holes;
        _stream = stream;
        _end = end;
    }

    // Reading the holes moves the stream: it goes back to the end of the data on dispose.
    private readonly Stream? _stream;
    private readonly long _end;

    /// <summary>The bytes; within <see cref="Holes"/> they are not read yet.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The blob payloads left in the stream, or null.</summary>
    public BlobHoles? Holes { get; }

    /// <summary>Reads the rest of <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="reportedOrigin">The offset the reader reports for the first byte (errors name it).</param>
    /// <param name="maxDepth">The deepest nesting worth walking when looking for blobs.</param>
    /// <param name="leaveBlobsInStream">Whether blob payloads may stay in the stream (the caller reads with a hole-aware reader and keeps the stream until done).</param>
    public static StreamInput Read(Stream stream, long reportedOrigin, int maxDepth, bool leaveBlobsInStream)
    {
        if (InPlace(stream) is { } inPlace)
        {
            return inPlace;
        }

        if (!stream.CanSeek)
        {
            return ReadToEnd(stream);
        }

        var origin = stream.Position;
        var length = RemainingLength(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (leaveBlobsInStream && length >= ScanFrom)
            {
                var holes = new BlobHoles(stream, origin, buffer, reportedOrigin);
                var present = BlobHoleScanner.Read(stream, buffer, length, holes, maxDepth);
                stream.Position = origin + present;
                return holes.IsEmpty
                    ? new StreamInput(buffer.AsMemory(0, present), buffer)
                    : new StreamInput(buffer.AsMemory(0, present), buffer, holes, stream, stream.Position);
            }

            var read = stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false);
            return new StreamInput(buffer.AsMemory(0, read), buffer);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// Whether <see cref="Read"/> would leave large blob payloads in <paramref name="stream"/> (a seekable stream holding at
    /// least 1 MiB more, whose buffer is not visible): reading such a stream whole would copy every payload twice.
    /// </summary>
    public static bool LeavesBlobsInStream(Stream stream) =>
        stream.CanSeek && stream.Length - stream.Position >= ScanFrom && !(stream is MemoryStream memory && memory.TryGetBuffer(out _));

    /// <summary>Reads the rest of <paramref name="stream"/> asynchronously, in full (no blob is left in the stream).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public static async Task<StreamInput> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (InPlace(stream) is { } inPlace)
        {
            return inPlace;
        }

        if (!stream.CanSeek)
        {
            var buffered = new PooledBufferWriter(UnknownLengthRead);
            try
            {
                await stream.CopyToAsync(new BufferWriterSink(buffered), cancellationToken).ConfigureAwait(false);
                return new StreamInput(buffered.WrittenMemory, buffered.Detach());
            }
            catch
            {
                buffered.Dispose();
                throw;
            }
        }

        var length = RemainingLength(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return new StreamInput(buffer.AsMemory(0, read), buffer);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_stream is { } stream)
        {
            stream.Position = _end;
        }

        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The rest of a <see cref="MemoryStream"/> whose buffer is visible, in place; null for other streams.</summary>
    private static StreamInput? InPlace(Stream stream)
    {
        if (stream is not MemoryStream memory || !memory.TryGetBuffer(out var visible))
        {
            return null;
        }

        var start = (int)Math.Min(memory.Position, visible.Count);
        memory.Position = visible.Count;
        return new StreamInput(visible.AsMemory(start), null);
    }

    private static int RemainingLength(Stream stream)
    {
        var remaining = stream.Length - stream.Position;
        if (remaining > Array.MaxLength)
        {
            throw new BsdfException(
                $"The stream holds {remaining} bytes, more than one .NET array holds ({Array.MaxLength}): write it to a file and open that with Bsdf.Open "
                + "(memory-mapped, any size), or read its list stream with Bsdf.ReadStreamAsync");
        }

        return (int)Math.Max(remaining, 0);
    }

    private static StreamInput ReadToEnd(Stream stream)
    {
        var buffer = new PooledBufferWriter(UnknownLengthRead);
        try
        {
            int read;
            while ((read = stream.Read(buffer.GetSpan(UnknownLengthRead))) > 0)
            {
                buffer.Advance(read);
            }

            return new StreamInput(buffer.WrittenMemory, buffer.Detach());
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
