using System.Buffers;
using BsdfGen.Threading;
using BsdfGen.Wire;

namespace BsdfGen.IO;

/// <summary>
/// Encodes into an array of exactly the encoded size, allocated without zeroing (or rented): small output is copied once
/// out of a per-thread buffer; large output is counted first (blobs are counted, not copied) and then written straight
/// into the result, so a large array is copied once.
/// </summary>
internal static class ExactSizeEncoding
{
    /// <summary>Writes a whole document through <paramref name="writer"/> (which the caller flushes).</summary>
    public delegate void Writer<TState>(ref BsdfWriter writer, TState state);

    /// <summary>Encodes into a new array of exactly the encoded length.</summary>
    public static byte[] ToArray<TState>(TState state, Writer<TState> write) => Encode(ThreadCallState.Current, state, write, pooled: false, out _);

    /// <summary>Encodes into a new array of exactly the encoded length, on the thread whose state is <paramref name="thread"/>.</summary>
    public static byte[] ToArray<TState>(ThreadCallState thread, TState state, Writer<TState> write) => Encode(thread, state, write, pooled: false, out _);

    /// <summary>Encodes into an array rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it), the first <paramref name="length"/> bytes.</summary>
    public static byte[] ToRentedArray<TState>(ThreadCallState thread, TState state, Writer<TState> write, out int length) =>
        Encode(thread, state, write, pooled: true, out length);

    private static byte[] Encode<TState>(ThreadCallState thread, TState state, Writer<TState> write, bool pooled, out int length)
    {
        var sizing = SizingBufferWriter.Rent(thread);
        try
        {
            // The writer starts on the thread's buffer: no first call through the interface to fetch it.
            var first = new BsdfWriter(sizing, sizing.GetSpan(BsdfWriter.MinimumBufferSize));
            write(ref first, state);
            first.Flush();
            if (sizing.Length > Array.MaxLength)
            {
                throw new BsdfException($"The encoded data would be {sizing.Length} bytes, more than one .NET array holds ({Array.MaxLength}): write to a stream or file instead");
            }

            length = (int)sizing.Length;
            var result = pooled ? ArrayPool<byte>.Shared.Rent(length) : GC.AllocateUninitializedArray<byte>(length);
            if (!sizing.IsSizing)
            {
                sizing.WrittenSpan.CopyTo(result);
                return result;
            }

            sizing.Return();
            try
            {
                var exact = new ExactArrayWriter(result, length);
                var second = new BsdfWriter(exact);
                write(ref second, state);
                second.Flush();
                exact.Complete();
                return result;
            }
            catch when (pooled)
            {
                ArrayPool<byte>.Shared.Return(result);
                throw;
            }
        }
        finally
        {
            sizing.Return();
        }
    }
}
