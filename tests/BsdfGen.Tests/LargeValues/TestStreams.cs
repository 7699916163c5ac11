namespace BsdfGen.Tests.LargeValues;

/// <summary>
/// A read-only stream over bytes that cannot seek (optionally) and returns at most a few bytes per read (optionally),
/// as sockets and pipes do.
/// </summary>
public sealed class TrickleStream(byte[] data, bool seekable, int maxRead) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? data.Length : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? _position : throw new NotSupportedException();
        set => _position = seekable ? value : throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var take = (int)Math.Min(Math.Min(buffer.Length, maxRead), data.Length - _position);
        if (take <= 0)
        {
            return 0;
        }

        // Vary the read size, so that reads end at every kind of boundary.
        take = Math.Max(1, take - (int)(_position % 3));
        data.AsSpan((int)_position, take).CopyTo(buffer);
        _position += take;
        return take;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (!seekable)
        {
            throw new NotSupportedException();
        }

        _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => data.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
