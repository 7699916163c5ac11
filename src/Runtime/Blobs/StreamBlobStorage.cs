namespace BsdfGen.Blobs;

/// <summary>Blob storage in a seekable stream (offsets are stream positions); writable when the stream is.</summary>
internal sealed class StreamBlobStorage(Stream stream) : IBlobStorage
{
    private readonly object _gate = new();

    public bool CanWrite => stream.CanWrite;

    public void Read(long offset, Span<byte> destination)
    {
        lock (_gate)
        {
            EnsureAlive();
            stream.Seek(offset, SeekOrigin.Begin);
            stream.ReadExactly(destination);
        }
    }

    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        lock (_gate)
        {
            EnsureAlive();
            if (!stream.CanWrite)
            {
                throw new InvalidOperationException("The stream this blob was decoded from is read-only");
            }

            stream.Seek(offset, SeekOrigin.Begin);
            stream.Write(source);
            stream.Flush();
        }
    }

    public void EnsureAlive()
    {
        if (!stream.CanSeek)
        {
            throw new ObjectDisposedException(nameof(Stream), "The stream this blob was decoded from was closed");
        }
    }
}
