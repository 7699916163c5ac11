namespace BsdfGen.DataFrames;

/// <summary>Splits .NET values with nulls into stored numbers (zero where missing) and a validity.</summary>
internal static class NullableValues
{
    /// <summary>Converts values that cannot be missing.</summary>
    public static TStorage[] Convert<TSource, TStorage>(ReadOnlySpan<TSource> source, Func<TSource, TStorage> convert)
    {
        var stored = new TStorage[source.Length];
        for (var row = 0; row < source.Length; row++)
        {
            stored[row] = convert(source[row]);
        }

        return stored;
    }

    /// <summary>Converts nullable values: a null becomes a zero slot and a missing row.</summary>
    public static TStorage[] Split<TSource, TStorage>(ReadOnlySpan<TSource?> source, Func<TSource, TStorage> convert, out BsdfValidity validity)
        where TSource : struct
    {
        var stored = new TStorage[source.Length];
        var bits = new byte[BsdfValidity.ByteCount(source.Length)];
        for (var row = 0; row < source.Length; row++)
        {
            if (source[row] is { } value)
            {
                stored[row] = convert(value);
                BsdfValidity.Set(bits, row);
            }
        }

        validity = BsdfValidity.Wrap(bits, source.Length);
        return stored;
    }

    /// <summary>The validity of reference values: null references are missing.</summary>
    public static BsdfValidity OfReferences<T>(IReadOnlyList<T?> source)
        where T : class
    {
        var bits = new byte[BsdfValidity.ByteCount(source.Count)];
        for (var row = 0; row < source.Count; row++)
        {
            if (source[row] is not null)
            {
                BsdfValidity.Set(bits, row);
            }
        }

        return BsdfValidity.Wrap(bits, source.Count);
    }
}
