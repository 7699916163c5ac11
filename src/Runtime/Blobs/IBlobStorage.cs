namespace BsdfGen.Blobs;

/// <summary>Random access to the bytes a lazy blob lives in (memory or a file), by absolute offset.</summary>
internal interface IBlobStorage
{
    bool CanWrite { get; }

    /// <summary>Reads exactly <paramref name="destination"/>.Length bytes at <paramref name="offset"/>.</summary>
    void Read(long offset, Span<byte> destination);

    void Write(long offset, ReadOnlySpan<byte> source);

    /// <summary>Throws <see cref="ObjectDisposedException"/> when the storage was released.</summary>
    void EnsureAlive();
}
