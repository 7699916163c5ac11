namespace BsdfGen.Blobs;

/// <summary>Blob storage over decoded memory; offsets are absolute, <c>memory[0]</c> being at <paramref name="origin"/>.</summary>
internal sealed class MemoryBlobStorage(ReadOnlyMemory<byte> memory, long origin, Func<bool>? isAlive = null) : IBlobStorage
{
    public bool CanWrite => false;

    public void Read(long offset, Span<byte> destination)
    {
        EnsureAlive();
        memory.Span.Slice(checked((int)(offset - origin)), destination.Length).CopyTo(destination);
    }

    public void Write(long offset, ReadOnlySpan<byte> source) =>
        throw new InvalidOperationException("This blob was decoded from read-only memory and cannot be edited in place");

    public void EnsureAlive()
    {
        if (isAlive is not null && !isAlive())
        {
            throw new ObjectDisposedException(nameof(BsdfFile), "The file this blob belongs to was closed");
        }
    }
}
