using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace BsdfGen.IO;

/// <summary>
/// A memory map of a whole file, of any size, handed out as <see cref="Memory{T}"/> windows and slices of up to
/// 2 GiB each: copy-on-write (writes stay private to this process) or shared read-write (writes reach the file).
/// The memory is valid until <see cref="Dispose"/>; holders check <see cref="IsAlive"/> before touching it.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private bool _disposed;

    private readonly byte* _pointer;

    public MappedFile(FileStream file, bool writeThrough)
    {
        var length = file.Length;
        Length = length;
        if (length == 0)
        {
            return;
        }

        var access = writeThrough ? MemoryMappedFileAccess.ReadWrite : MemoryMappedFileAccess.CopyOnWrite;
        _map = MemoryMappedFile.CreateFromFile(file, null, 0, writeThrough ? MemoryMappedFileAccess.ReadWrite : MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        _view = _map.CreateViewAccessor(0, length, access);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + _view.PointerOffset;
    }

    /// <summary>The file's length; it may exceed what one <see cref="Memory{T}"/> can span (2 GiB).</summary>
    public long Length { get; }

    /// <summary>The mapped bytes from <paramref name="offset"/> on, as much as one <see cref="Memory{T}"/> spans.</summary>
    public Memory<byte> Window(long offset) => Slice(offset, (int)Math.Min(Length - offset, int.MaxValue));

    /// <summary>Mapped bytes as memory (no copy).</summary>
    public Memory<byte> Slice(long offset, int length)
    {
        if ((ulong)offset > (ulong)Length || length < 0 || length > Length - offset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"{offset} + {length} is outside the mapped file of {Length} bytes");
        }

        return length == 0 ? Memory<byte>.Empty : new Manager(_pointer + offset, length).Memory;
    }

    public bool IsAlive => !_disposed;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }

        _map?.Dispose();
    }

    private sealed class Manager(byte* pointer, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(pointer, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
