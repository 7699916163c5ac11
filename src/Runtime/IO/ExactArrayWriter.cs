using System.Buffers;
using BsdfGen.Wire;

namespace BsdfGen.IO;

/// <summary>
/// The second pass of encoding into a new array: fills an array allocated (uninitialized) at the size the first pass
/// counted. A value whose encoding changes between the passes (another thread modifying it, a sequence that can be
/// enumerated only once) is reported instead of producing a wrong or partly uninitialized result.
/// </summary>
internal sealed class ExactArrayWriter(byte[] result) : IBufferWriter<byte>
{
    private int _written;

    public void Advance(int count)
    {
        if ((uint)count > (uint)(result.Length - _written))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (result.Length - _written < Math.Max(sizeHint, 1))
        {
            Changed(_written + (long)Math.Max(sizeHint, 1));
        }

        return result.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>The array, once the second pass has filled it.</summary>
    public byte[] Result()
    {
        if (_written != result.Length)
        {
            Changed(_written);
        }

        return result;
    }

    private void Changed(long written) => BsdfThrow.Encode(
        $"The value encoded to {result.Length} bytes when measured but {(written > result.Length ? "more" : $"{written}")} when written: "
        + "it changed while being serialized (another thread modifying it, or a sequence that can be enumerated only once)");
}
