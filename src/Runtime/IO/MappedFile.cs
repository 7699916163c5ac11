using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace BsdfGen.IO;

/// <summary>
/// A memory map of a whole file exposed as <see cref="Memory{T}"/>: copy-on-write (writes stay private to
/// this process) or shared read-write (writes reach the file). The memory is valid until
/// <see cref="Dispose"/>; holders check <see cref="IsAlive"/> before touching it.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private readonly Manager? _manager;
    private bool _disposed;

    public MappedFile(FileStream file, bool writeThrough)
    {
        var length = file.Length;
        if (length > int.MaxValue)
        {
            throw new BsdfException($"Files over 2 GiB cannot be opened lazily yet ({length} bytes)");
        }

        if (length == 0)
        {
            Memory = Memory<byte>.Empty;
            return;
        }

        var access = writeThrough ? MemoryMappedFileAccess.ReadWrite : MemoryMappedFileAccess.CopyOnWrite;
        _map = MemoryMappedFile.CreateFromFile(file, null, 0, writeThrough ? MemoryMappedFileAccess.ReadWrite : MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        _view = _map.CreateViewAccessor(0, length, access);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _manager = new Manager(pointer + _view.PointerOffset, (int)length);
        Memory = _manager.Memory;
    }

    public Memory<byte> Memory { get; }

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
