using Microsoft.Win32.SafeHandles;

namespace BsdfGen.Blobs;

/// <summary>Blob storage in an open file, read and written with positioned I/O.</summary>
internal sealed class FileBlobStorage(SafeFileHandle handle, bool writable) : IBlobStorage
{
    public bool CanWrite => writable;

    public void Read(long offset, Span<byte> destination)
    {
        EnsureAlive();
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(handle, destination, offset);
            if (read == 0)
            {
                throw new BsdfException("The file ended inside a blob (was it truncated since it was opened?)", offset);
            }

            destination = destination[read..];
            offset += read;
        }
    }

    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        EnsureAlive();
        if (!writable)
        {
            throw new InvalidOperationException("The file was opened read-only: open it with BsdfFileAccess.ReadWrite to edit blobs in place");
        }

        RandomAccess.Write(handle, source, offset);
    }

    public void EnsureAlive()
    {
        if (handle.IsClosed)
        {
            throw new ObjectDisposedException(nameof(BsdfFile), "The file this blob belongs to was closed");
        }
    }
}
