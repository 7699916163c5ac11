using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><see cref="List{T}"/> as a BSDF list (null as <c>v</c>); the read loop every sequence codec shares.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TCodec">The item codec.</typeparam>
public readonly struct ListCodec<T, TCodec> : IBsdfCodec<List<T>?>
    where TCodec : IBsdfCodec<T>
{
    private const int MaxPreallocatedItems = 4096;

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, List<T>? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            WriteItems(ref writer, CollectionsMarshal.AsSpan(value), context);
        }
    }

    /// <inheritdoc />
    public static List<T>? Read(ref BsdfReader reader, BsdfContext context)
    {
        if (reader.TryReadNull())
        {
            return null;
        }

        var start = reader.Position;
        long count;
        var kind = BsdfListKind.Regular;
        if (reader.TryReadSmallListHeader(out var smallCount))
        {
            context.Enter(start);
            count = smallCount;
        }
        else
        {
            if (reader.ReadValueHeader() != BsdfValueKind.List)
            {
                BsdfThrow.Invalid($"Expected a list of {typeof(T).Name}", start);
            }

            context.Enter(start);
            count = reader.ReadListBody(out kind);
            Limits.DecodeLimits.CheckCount(context.Options, count, "list", start);
        }

        List<T> items;
        if (kind != BsdfListKind.OpenStream && count <= MaxPreallocatedItems)
        {
            // The count was checked against the remaining input: size the list once and fill its span.
            items = new List<T>((int)count);
            CollectionsMarshal.SetCount(items, (int)count);
            foreach (ref var item in CollectionsMarshal.AsSpan(items))
            {
                item = TCodec.Read(ref reader, context);
            }
        }
        else
        {
            // An open stream runs to the end of the input; a huge count grows the list with the items actually read.
            items = new List<T>((int)Math.Min(count, MaxPreallocatedItems));
            for (long i = 0; kind == BsdfListKind.OpenStream ? !reader.IsAtEnd : i < count; i++)
            {
                items.Add(TCodec.Read(ref reader, context));
            }
        }

        context.Exit();
        return items;
    }

    /// <summary>Writes items as a list.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The items.</param>
    /// <param name="context">Options and state of this call.</param>
    public static void WriteItems(ref BsdfWriter writer, ReadOnlySpan<T> items, BsdfContext context)
    {
        context.Enter(writer.Position);
        writer.WriteListHeader(items.Length);
        foreach (var item in items)
        {
            TCodec.Write(ref writer, item, context);
        }

        context.Exit();
    }
}

/// <summary><c>T[]</c> as a BSDF list (for item types that are not ndarray numbers).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TCodec">The item codec.</typeparam>
public readonly struct ArrayCodec<T, TCodec> : IBsdfCodec<T[]?>
    where TCodec : IBsdfCodec<T>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T[]? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            ListCodec<T, TCodec>.WriteItems(ref writer, value, context);
        }
    }

    /// <inheritdoc />
    public static T[]? Read(ref BsdfReader reader, BsdfContext context) => ListCodec<T, TCodec>.Read(ref reader, context)?.ToArray();
}

/// <summary><see cref="ImmutableArray{T}"/> as a BSDF list (a default array is written as null).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TCodec">The item codec.</typeparam>
public readonly struct ImmutableArrayCodec<T, TCodec> : IBsdfCodec<ImmutableArray<T>>
    where TCodec : IBsdfCodec<T>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, ImmutableArray<T> value, BsdfContext context)
    {
        if (value.IsDefault)
        {
            writer.WriteNull();
        }
        else
        {
            ListCodec<T, TCodec>.WriteItems(ref writer, value.AsSpan(), context);
        }
    }

    /// <inheritdoc />
    public static ImmutableArray<T> Read(ref BsdfReader reader, BsdfContext context) =>
        ListCodec<T, TCodec>.Read(ref reader, context) is { } items ? [.. items] : default;
}

/// <summary>
/// Any sequence (<see cref="IEnumerable{T}"/>, <see cref="IReadOnlyList{T}"/>, <see cref="ISet{T}"/>, …)
/// written as a BSDF list; reads produce a <see cref="List{T}"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TCodec">The item codec.</typeparam>
public readonly struct EnumerableCodec<T, TCodec> : IBsdfCodec<IEnumerable<T>?>
    where TCodec : IBsdfCodec<T>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, IEnumerable<T>? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            ListCodec<T, TCodec>.WriteItems(ref writer, SequenceSpan.Of(value), context);
        }
    }

    /// <inheritdoc />
    public static IEnumerable<T>? Read(ref BsdfReader reader, BsdfContext context) => ListCodec<T, TCodec>.Read(ref reader, context);
}

/// <summary>The items of a sequence as a span: no copy for arrays and lists.</summary>
internal static class SequenceSpan
{
    public static ReadOnlySpan<T> Of<T>(IEnumerable<T> items) => items switch
    {
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list),
        _ => items.ToArray(),
    };
}

/// <summary><see cref="HashSet{T}"/> as a BSDF list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TCodec">The item codec.</typeparam>
public readonly struct HashSetCodec<T, TCodec> : IBsdfCodec<HashSet<T>?>
    where TCodec : IBsdfCodec<T>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, HashSet<T>? value, BsdfContext context) =>
        EnumerableCodec<T, TCodec>.Write(ref writer, value, context);

    /// <inheritdoc />
    public static HashSet<T>? Read(ref BsdfReader reader, BsdfContext context) =>
        ListCodec<T, TCodec>.Read(ref reader, context) is { } items ? [.. items] : null;
}

/// <summary>
/// Any other collection with a parameterless constructor and <c>Add</c> (<see cref="System.Collections.ObjectModel.Collection{T}"/>,
/// <see cref="SortedSet{T}"/>, <see cref="LinkedList{T}"/>, …) as a BSDF list.
/// </summary>
/// <typeparam name="TCollection">The collection type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TCodec">The item codec.</typeparam>
public readonly struct CollectionCodec<TCollection, T, TCodec> : IBsdfCodec<TCollection?>
    where TCollection : ICollection<T>, new()
    where TCodec : IBsdfCodec<T>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, TCollection? value, BsdfContext context) =>
        EnumerableCodec<T, TCodec>.Write(ref writer, value, context);

    /// <inheritdoc />
    public static TCollection? Read(ref BsdfReader reader, BsdfContext context)
    {
        if (ListCodec<T, TCodec>.Read(ref reader, context) is not { } items)
        {
            return default;
        }

        var collection = new TCollection();
        foreach (var item in items)
        {
            collection.Add(item);
        }

        return collection;
    }
}
