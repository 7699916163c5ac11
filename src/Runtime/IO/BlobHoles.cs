using BsdfGen.Wire;

namespace BsdfGen.IO;

/// <summary>
/// The large uncompressed blob payloads that <see cref="StreamInput"/> left unread in its buffer: their bytes stay in the
/// (seekable) stream until a reader needs them. <see cref="Copy"/> reads them straight into the caller's array (the
/// payload crosses memory once, as if read by hand); <see cref="Fill"/> reads them into the buffer for every other reader.
/// Offsets are indexes into the buffer, which holds the stream from <c>streamOrigin</c> on; errors name
/// <c>reportedOrigin</c> + the offset, as the reader over the buffer does.
/// </summary>
internal sealed class BlobHoles(Stream stream, long streamOrigin, byte[] buffer, long reportedOrigin)
{
    private readonly List<(int Start, int End)> _holes = [];

    public bool IsEmpty => _holes.Count == 0;

    /// <summary>Records that buffer bytes [<paramref name="start"/>, <paramref name="end"/>) were not read; holes are added in increasing order.</summary>
    public void Add(int start, int end) => _holes.Add((start, end));

    /// <summary>Reads the unread parts of buffer bytes [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) into the buffer.</summary>
    public void Fill(int start, int length)
    {
        for (var index = First(start); index < _holes.Count && _holes[index].Start < start + length; index = First(start))
        {
            var (holeStart, holeEnd) = _holes[index];
            ReadAt(holeStart, buffer.AsSpan(holeStart, holeEnd - holeStart));
            _holes.RemoveAt(index);
        }
    }

    /// <summary>Copies buffer bytes from <paramref name="start"/> into <paramref name="destination"/>, reading unread parts from the stream.</summary>
    public void Copy(int start, Span<byte> destination)
    {
        var end = start + destination.Length;
        var position = start;
        for (var index = First(start); index < _holes.Count && _holes[index].Start < end; index++)
        {
            var (holeStart, holeEnd) = _holes[index];
            holeStart = Math.Max(holeStart, position);
            holeEnd = Math.Min(holeEnd, end);
            buffer.AsSpan(position, holeStart - position).CopyTo(destination[(position - start)..]);
            ReadAt(holeStart, destination.Slice(holeStart - start, holeEnd - holeStart));
            position = holeEnd;
        }

        buffer.AsSpan(position, end - position).CopyTo(destination[(position - start)..]);
    }

    /// <summary>The index of the first hole that ends after <paramref name="start"/>.</summary>
    private int First(int start)
    {
        int low = 0, high = _holes.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_holes[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private void ReadAt(int offset, Span<byte> destination)
    {
        stream.Position = streamOrigin + offset;
        var read = stream.ReadAtLeast(destination, destination.Length, throwOnEndOfStream: false);
        if (read < destination.Length)
        {
            BsdfThrow.Truncated($"a blob's data: the stream ended {destination.Length - read} bytes early", reportedOrigin + offset + read);
        }
    }
}
