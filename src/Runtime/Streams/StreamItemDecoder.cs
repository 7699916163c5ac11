using BsdfGen.Dynamic;
using BsdfGen.Limits;
using BsdfGen.Typed;
using BsdfGen.Wire;

namespace BsdfGen.Streams;

/// <summary>Decodes stream items, typed or dynamic, one at a time; the data may end inside an item.</summary>
internal sealed class StreamItemDecoder(DynamicDecoder decoder)
{
    private BsdfContext? _context;

    public DynamicDecoder Decoder => decoder;

    /// <summary>Decodes one item into the dynamic model (<c>object</c>) or through the registered codec of <typeparamref name="T"/>.</summary>
    public T Decode<T>(ref BsdfReader reader)
    {
        using var budget = DecodeBudget.Begin(decoder.Options);
        if (typeof(T) == typeof(object))
        {
            return (T)decoder.DecodeValue(ref reader, 1)!;
        }

        var context = (_context ??= decoder.NewContext()).Acquire();
        try
        {
            return TypedDocument.ReadValue<T>(ref reader, context);
        }
        finally
        {
            context.Release();
        }
    }

    /// <summary>Decodes the item at the start of <paramref name="data"/>, or returns false when it is not complete (yet).</summary>
    public bool TryDecode<T>(ReadOnlySpan<byte> data, long offset, out T item, out int consumed)
    {
        item = default!;
        consumed = 0;
        var reader = new BsdfReader(data, offset);
        if (data.IsEmpty || !decoder.IsCompleteStreamItem(reader))
        {
            return false;
        }

        item = Decode<T>(ref reader);
        consumed = reader.Consumed;
        return true;
    }
}
