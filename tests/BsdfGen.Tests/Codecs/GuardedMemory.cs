using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BsdfGen.Tests.Codecs;

/// <summary>
/// Native memory between two inaccessible pages (Linux mmap/mprotect): a read or write just past either end of a span
/// placed against an edge crashes the test process instead of going unnoticed.
/// </summary>
public sealed class GuardedMemory : IDisposable
{
    private const int ProtectionNone = 0;
    private const int ProtectionReadWrite = 1 | 2;
    private const int MapPrivateAnonymous = 0x02 | 0x20;

    private readonly nint _mapping;
    private readonly nuint _mappingLength;
    private readonly nint _usable;
    private readonly int _usableLength;

    public GuardedMemory(int capacity)
    {
        var page = Environment.SystemPageSize;
        _usableLength = Math.Max(page, (capacity + page - 1) / page * page);
        _mappingLength = (nuint)(_usableLength + (2 * page));
        _mapping = mmap(0, _mappingLength, ProtectionReadWrite, MapPrivateAnonymous, -1, 0);
        if (_mapping == -1)
        {
            throw new InvalidOperationException($"mmap of {_mappingLength} bytes failed (errno {Marshal.GetLastPInvokeError()})");
        }

        _usable = _mapping + page;
        if (mprotect(_mapping, (nuint)page, ProtectionNone) != 0 || mprotect(_usable + _usableLength, (nuint)page, ProtectionNone) != 0)
        {
            throw new InvalidOperationException($"mprotect failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>A span of <paramref name="length"/> bytes right after the leading guard page.</summary>
    public Span<byte> AtStart(int length) => Span(_usable, length);

    /// <summary>A span of <paramref name="length"/> bytes right before the trailing guard page.</summary>
    public Span<byte> AtEnd(int length) => Span(_usable + _usableLength - length, length);

    public void Dispose() => munmap(_mapping, _mappingLength);

    private Span<byte> Span(nint address, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _usableLength);
        // A reference to unmanaged memory, built without an unsafe block: the GC ignores such references.
        return MemoryMarshal.CreateSpan(ref Unsafe.AddByteOffset(ref Unsafe.NullRef<byte>(), (nuint)address), length);
    }

    [DllImport("libc.so.6", SetLastError = true)]
    private static extern nint mmap(nint address, nuint length, int protection, int flags, int descriptor, nint offset);

    [DllImport("libc.so.6", SetLastError = true)]
    private static extern int mprotect(nint address, nuint length, int protection);

    [DllImport("libc.so.6", SetLastError = true)]
    private static extern int munmap(nint address, nuint length);
}
