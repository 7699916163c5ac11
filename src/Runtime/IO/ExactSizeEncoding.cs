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
    /// <summary>
    /// A whole document to write (a struct, so that the write is a direct call, not a delegate invocation through a cached
    /// delegate that shared generic code has to look up).
    /// </summary>
    public interface IDocument
    {
        /// <summary>Writes the document through <paramref name="writer"/> (which the caller flushes).</summary>
        void Write(ref BsdfWriter writer);
    }

    /// <summary>Encodes into a new array of exactly the encoded length.</summary>
    public static byte[] ToArray<TDocument>(TDocument document)
        where TDocument : struct, IDocument => Encode(ThreadCallState.Current, document, pooled: false, out _);

    /// <summary>Encodes into a new array of exactly the encoded length, on the thread whose state is <paramref name="thread"/>.</summary>
    public static byte[] ToArray<TDocument>(ThreadCallState thread, TDocument document)
        where TDocument : struct, IDocument => Encode(thread, document, pooled: false, out _);

    /// <summary>Encodes into an array rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it), the first <paramref name="length"/> bytes.</summary>
    public static byte[] ToRentedArray<TDocument>(ThreadCallState thread, TDocument document, out int length)
        where TDocument : struct, IDocument => Encode(thread, document, pooled: true, out length);

    private static byte[] Encode<TDocument>(ThreadCallState thread, TDocument document, bool pooled, out int length)
        where TDocument : struct, IDocument
    {
        var sizing = SizingBufferWriter.Rent(thread);
        try
        {
            // The writer starts on the thread's buffer: no first call through the interface to fetch it.
            var first = new BsdfWriter(sizing, sizing.GetSpan(BsdfWriter.MinimumBufferSize));
            document.Write(ref first);
            if (first.TryGetAllUnflushed(out var small))
            {
                // All still in the thread's buffer (the usual small document): copied out once, nothing advanced.
                length = small.Length;
                var array = pooled ? ArrayPool<byte>.Shared.Rent(length) : GC.AllocateUninitializedArray<byte>(length);
                small.CopyTo(array);
                return array;
            }

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
                document.Write(ref second);
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
