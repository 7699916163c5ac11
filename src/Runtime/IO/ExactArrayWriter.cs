using System.Buffers;
using BsdfGen.Wire;

namespace BsdfGen.IO;

/// <summary>
/// The second pass of encoding into a new array: fills the first <c>length</c> bytes of an array allocated (uninitialized)
/// or rented at the size the first pass counted. Writers ask for more room than they use (the widest form of a number, three bytes per character), so a request
/// beyond the end of the array gets a small staging buffer whose used bytes are copied in on <see cref="Advance"/>. A value
/// whose encoding changes between the passes (another thread modifying it, an extension whose output varies) is reported
/// instead of producing a wrong or partly uninitialized result.
/// </summary>
internal sealed class ExactArrayWriter(byte[] result, int length) : IBufferWriter<byte>
{
    private byte[]? _staging;
    private bool _staged;
    private int _written;

    public void Advance(int count)
    {
        if ((uint)count > (uint)(length - _written))
        {
            Changed(_written + (long)count);
        }

        if (_staged)
        {
            _staging.AsSpan(0, count).CopyTo(result.AsSpan(_written));
            _staged = false;
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (length - _written >= sizeHint)
        {
            _staged = false;
            return result.AsMemory(_written);
        }

        if (_staging is null || _staging.Length < sizeHint)
        {
            _staging = new byte[Math.Max(sizeHint, 256)];
        }

        _staged = true;
        return _staging;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>Checks that the second pass filled the array exactly.</summary>
    public void Complete()
    {
        if (_written != length)
        {
            Changed(_written);
        }
    }

    private void Changed(long written) => BsdfThrow.Encode(
        $"The value encoded to {length} bytes when measured but {written} when written: it changed while being "
        + "serialized (another thread modifying it, or an extension or codec whose output varies from call to call)");
}
