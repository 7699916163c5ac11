namespace BsdfGen.Cli.Files;

/// <summary>Passes writes to another stream until they would make it longer than a limit, then throws a <see cref="CliException"/>.</summary>
internal sealed class SizeLimitedStream(Stream inner, long maxBytes) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.Length > maxBytes - _written)
        {
            throw new CliException($"The output would be larger than {maxBytes} bytes (--max-json lifts the limit); nothing was written");
        }

        inner.Write(buffer);
        _written += buffer.Length;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
