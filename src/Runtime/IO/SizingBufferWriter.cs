using System.Buffers;
using BsdfGen.Threading;

namespace BsdfGen.IO;

/// <summary>
/// The first pass of encoding into a new array of exactly the right size. Output goes into a buffer kept per thread
/// (so small values allocate nothing here); when a large blob does not fit, the writer turns into a counter, so the
/// caller learns the exact size without copying the blob and writes again into an exactly sized array. When small
/// values outgrow the buffer it grows instead (encoding them twice would cost more than copying them).
/// </summary>
internal sealed class SizingBufferWriter : IBufferWriter<byte>, IBulkOutput
{
    private const int KeptSize = 32 * 1024;

    /// <summary>A blob at least this large that does not fit turns the writer into a counter.</summary>
    private const int CountFrom = 32 * 1024;

    private readonly byte[] _kept = GC.AllocateUninitializedArray<byte>(KeptSize);
    private byte[] _buffer;
    private int _written;
    private long _counted;
    private bool _inUse;

    private SizingBufferWriter()
    {
        _buffer = _kept;
    }

    /// <summary>True when the writer only counted: <see cref="Length"/> is exact, the content must be written again.</summary>
    public bool IsSizing { get; private set; }

    /// <summary>The number of bytes written (or counted).</summary>
    public long Length => IsSizing ? _counted : _written;

    /// <summary>The bytes written, when not <see cref="IsSizing"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>The thread's writer, or a new one when that is in use (a nested call); give it back with <see cref="Return"/>.</summary>
    /// <param name="thread">The calling thread's state, which keeps the writer.</param>
    public static SizingBufferWriter Rent(ThreadCallState thread)
    {
        var writer = thread.SizingWriter;
        if (writer is null || writer._inUse)
        {
            writer = new SizingBufferWriter();
            thread.SizingWriter ??= writer;
        }

        writer._inUse = true;
        return writer;
    }

    /// <summary>Forgets what was written and gives back any larger buffer taken while writing.</summary>
    public void Return()
    {
        if (!ReferenceEquals(_buffer, _kept))
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = _kept;
        }

        _written = 0;
        _counted = 0;
        IsSizing = false;
        _inUse = false;
    }

    public void Advance(int count)
    {
        if (IsSizing)
        {
            _counted += count;
            return;
        }

        if ((uint)count > (uint)(_buffer.Length - _written))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => IsSizing ? Scratch(sizeHint) : Free(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        if (!IsSizing && _buffer.Length - _written >= Math.Max(sizeHint, 1))
        {
            return _buffer.AsSpan(_written);
        }

        return GetMemory(sizeHint).Span;
    }

    public void BeginBulk(long size, int headerSize, bool countable)
    {
        if (IsSizing || _buffer.Length - _written >= size + headerSize)
        {
            return;
        }

        if (countable && size >= CountFrom)
        {
            IsSizing = true;
            _counted = _written;
        }
        else
        {
            Grow(checked((int)(size + headerSize)));
        }
    }

    public void WriteBulk(ReadOnlySpan<byte> data)
    {
        if (IsSizing)
        {
            _counted += data.Length;
            return;
        }

        data.CopyTo(Free(data.Length).Span);
        _written += data.Length;
    }

    private Memory<byte> Free(int sizeHint)
    {
        if (_buffer.Length - _written < Math.Max(sizeHint, 1))
        {
            Grow(Math.Max(sizeHint, 1));
        }

        return _buffer.AsMemory(_written);
    }

    /// <summary>Room for bytes that are only counted: written over again and again.</summary>
    private Memory<byte> Scratch(int sizeHint)
    {
        if (_buffer.Length < sizeHint)
        {
            Grow(sizeHint - _written);
        }

        return _buffer;
    }

    private void Grow(int more)
    {
        var needed = (long)_written + more;
        if (needed > Array.MaxLength)
        {
            throw new BsdfException($"The encoded data would exceed {Array.MaxLength} bytes: write to a stream or file instead");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(needed, Math.Min(2L * _buffer.Length, Array.MaxLength)));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        if (!ReferenceEquals(_buffer, _kept))
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
