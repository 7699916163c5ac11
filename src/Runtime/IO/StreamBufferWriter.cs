using System.Buffers;

namespace BsdfGen.IO;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> that forwards committed bytes to a <see cref="Stream"/> in chunks; bulk data
/// (a large blob) goes to the stream directly, without passing through the buffer.
/// </summary>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>, IBulkOutput, IDisposable
{
    private const int ChunkSize = 64 * 1024;
    private readonly PooledBufferWriter _buffer = new(ChunkSize);

    public bool IsSizing => false;

    public void Advance(int count)
    {
        _buffer.Advance(count);
        if (_buffer.WrittenCount >= ChunkSize)
        {
            FlushToStream();
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);

    public void BeginBulk(long size, int headerSize, bool countable)
    {
    }

    public void WriteBulk(ReadOnlySpan<byte> data)
    {
        FlushToStream();
        stream.Write(data);
    }

    /// <summary>Writes everything committed so far to the stream.</summary>
    public void FlushToStream()
    {
        if (_buffer.WrittenCount > 0)
        {
            stream.Write(_buffer.WrittenSpan);
            _buffer.Clear();
        }
    }

    public void Dispose() => _buffer.Dispose();
}
