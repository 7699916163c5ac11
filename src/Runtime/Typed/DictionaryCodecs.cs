using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><see cref="Dictionary{TKey, TValue}"/> with string keys as a BSDF mapping, in enumeration order.</summary>
/// <typeparam name="TValue">The value type.</typeparam>
/// <typeparam name="TCodec">The value codec.</typeparam>
public readonly struct DictionaryCodec<TValue, TCodec> : IBsdfCodec<Dictionary<string, TValue>?>
    where TCodec : IBsdfCodec<TValue>
{
    private const int MaxPreallocatedItems = 4096;

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, Dictionary<string, TValue>? value, BsdfContext context) =>
        MappingCodec<TValue, TCodec>.Write(ref writer, value, context);

    /// <inheritdoc />
    public static Dictionary<string, TValue>? Read(ref BsdfReader reader, BsdfContext context)
    {
        if (reader.TryReadNull())
        {
            return null;
        }

        var start = reader.Position;
        if (reader.ReadValueHeader() != BsdfValueKind.Map)
        {
            BsdfThrow.Invalid($"Expected a mapping of {typeof(TValue).Name}", start);
        }

        context.Enter(start);
        var count = reader.ReadMapBody();
        Limits.DecodeLimits.CheckCount(context.Options, count, "mapping", start);
        var items = new Dictionary<string, TValue>((int)Math.Min(count, MaxPreallocatedItems), StringComparer.Ordinal);
        for (long i = 0; i < count; i++)
        {
            var key = reader.ReadKeyAsString();
            items[key] = TCodec.Read(ref reader, context);
        }

        context.Exit();
        return items;
    }
}

/// <summary>
/// Any string-keyed collection of pairs (<see cref="IReadOnlyDictionary{TKey, TValue}"/>,
/// <see cref="IDictionary{TKey, TValue}"/>, …) written as a BSDF mapping; reads produce a <see cref="Dictionary{TKey, TValue}"/>.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
/// <typeparam name="TCodec">The value codec.</typeparam>
public readonly struct MappingCodec<TValue, TCodec> : IBsdfCodec<IEnumerable<KeyValuePair<string, TValue>>?>
    where TCodec : IBsdfCodec<TValue>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, IEnumerable<KeyValuePair<string, TValue>>? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var pairs = value as IReadOnlyCollection<KeyValuePair<string, TValue>> ?? value.ToList();
        context.Enter(writer.Position);
        writer.WriteMapHeader(pairs.Count);
        foreach (var (key, item) in pairs)
        {
            writer.WriteKey(key);
            TCodec.Write(ref writer, item, context);
        }

        context.Exit();
    }

    /// <inheritdoc />
    public static IEnumerable<KeyValuePair<string, TValue>>? Read(ref BsdfReader reader, BsdfContext context) =>
        DictionaryCodec<TValue, TCodec>.Read(ref reader, context);
}

/// <summary>
/// Any other string-keyed dictionary with a parameterless constructor (<see cref="SortedDictionary{TKey, TValue}"/>,
/// <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>, …) as a BSDF mapping.
/// </summary>
/// <typeparam name="TDictionary">The dictionary type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <typeparam name="TCodec">The value codec.</typeparam>
public readonly struct DictionaryLikeCodec<TDictionary, TValue, TCodec> : IBsdfCodec<TDictionary?>
    where TDictionary : IDictionary<string, TValue>, new()
    where TCodec : IBsdfCodec<TValue>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, TDictionary? value, BsdfContext context) =>
        MappingCodec<TValue, TCodec>.Write(ref writer, value, context);

    /// <inheritdoc />
    public static TDictionary? Read(ref BsdfReader reader, BsdfContext context)
    {
        if (DictionaryCodec<TValue, TCodec>.Read(ref reader, context) is not { } items)
        {
            return default;
        }

        var dictionary = new TDictionary();
        foreach (var (key, item) in items)
        {
            dictionary[key] = item;
        }

        return dictionary;
    }
}
