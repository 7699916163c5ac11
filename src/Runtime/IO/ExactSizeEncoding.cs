using System.Buffers;

namespace BsdfGen.IO;

/// <summary>
/// Encodes into a new array of exactly the encoded size, allocated without zeroing: small output is copied once out of
/// a per-thread buffer; large output is counted first (blobs are counted, not copied) and then written straight into
/// the result, so a large array is copied once.
/// </summary>
internal static class ExactSizeEncoding
{
    /// <summary>Writes a whole document to <paramref name="output"/>.</summary>
    public delegate void Writer<TState>(IBufferWriter<byte> output, TState state);

    public static byte[] ToArray<TState>(TState state, Writer<TState> write)
    {
        var sizing = SizingBufferWriter.Rent();
        try
        {
            write(sizing, state);
            if (!sizing.IsSizing)
            {
                return Copy(sizing.WrittenSpan);
            }

            var length = sizing.Length;
            if (length > Array.MaxLength)
            {
                throw new BsdfException($"The encoded data would be {length} bytes, more than one .NET array holds ({Array.MaxLength}): write to a stream or file instead");
            }

            sizing.Return();
            var exact = new ExactArrayWriter(GC.AllocateUninitializedArray<byte>((int)length));
            write(exact, state);
            return exact.Result();
        }
        finally
        {
            sizing.Return();
        }
    }

    private static byte[] Copy(ReadOnlySpan<byte> bytes)
    {
        var result = GC.AllocateUninitializedArray<byte>(bytes.Length);
        bytes.CopyTo(result);
        return result;
    }
}
