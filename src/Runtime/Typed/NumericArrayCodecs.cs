using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><c>T[]</c> of numbers as an <c>ndarray</c> (numpy on the Python side); reading also accepts a list of numbers.</summary>
/// <typeparam name="T">A type with an ndarray dtype (numbers, <see cref="bool"/>, <see cref="Half"/>, <see cref="System.Numerics.Complex"/>).</typeparam>
public sealed class NumericArrayCodec<T> : IBsdfCodec<T[]?>
    where T : unmanaged
{
    internal static readonly BsdfDType DType = BsdfNdArray.DTypeOf<T>();

    internal static readonly byte[] DTypeName = System.Text.Encoding.UTF8.GetBytes(DType.GetName());

    private NumericArrayCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T[]? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            WriteSpan(ref writer, value, context);
        }
    }

    /// <inheritdoc />
    public static T[]? Read(ref BsdfReader reader, BsdfContext context)
    {
        // The shape in a local, not a stackalloc (which would keep this method from being inlined and tiered).
        var length = 0;
        if (!NdArrayWire.TryReadPlain(ref reader, context, DTypeName, Unsafe.SizeOf<T>(), new Span<int>(ref length), out var data))
        {
            return NdArrayWire.Read(ref reader, context, DType, 1)?.ToArray<T>();
        }

        // Overwritten at once: not zeroed first.
        var values = GC.AllocateUninitializedArray<T>(length);
        reader.CopyBlobData(data, MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Makes an array of the given shape.</summary>
    internal delegate TArray Allocator<TArray>(ReadOnlySpan<int> shape);

    /// <summary>Reads a plain ndarray of this dtype and <paramref name="shape"/>'s rank into a new array made by <paramref name="create"/>, or returns null.</summary>
    internal static TArray? TryReadMultiDimensional<TArray>(ref BsdfReader reader, BsdfContext context, scoped Span<int> shape, Allocator<TArray> create)
        where TArray : class
    {
        if (!NdArrayWire.TryReadPlain(ref reader, context, DTypeName, Unsafe.SizeOf<T>(), shape, out var data))
        {
            return null;
        }

        var result = create(shape);
        reader.CopyBlobData(data, Array2DCodec<T>.WritableBytesOf((Array)(object)result));
        return result;
    }

    internal static void WriteSpan(ref BsdfWriter writer, ReadOnlySpan<T> values, BsdfContext context) =>
        NdArrayWire.Write(ref writer, DTypeName, [values.Length], MemoryMarshal.AsBytes(values), context);
}

/// <summary><see cref="List{T}"/> of numbers as an <c>ndarray</c>.</summary>
/// <typeparam name="T">A type with an ndarray dtype.</typeparam>
public sealed class NumericListCodec<T> : IBsdfCodec<List<T>?>
    where T : unmanaged
{
    private NumericListCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, List<T>? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            NumericArrayCodec<T>.WriteSpan(ref writer, CollectionsMarshal.AsSpan(value), context);
        }
    }

    /// <inheritdoc />
    public static List<T>? Read(ref BsdfReader reader, BsdfContext context)
    {
        var length = 0;
        if (!NdArrayWire.TryReadPlain(ref reader, context, NumericArrayCodec<T>.DTypeName, Unsafe.SizeOf<T>(), new Span<int>(ref length), out var data))
        {
            return NdArrayWire.Read(ref reader, context, NumericArrayCodec<T>.DType, 1)?.ToArray<T>() is { } values ? [.. values] : null;
        }

        // The data goes straight into the list's own array.
        var list = new List<T>(length);
        CollectionsMarshal.SetCount(list, length);
        reader.CopyBlobData(data, MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(list)));
        return list;
    }
}

/// <summary><see cref="ImmutableArray{T}"/> of numbers as an <c>ndarray</c> (a default array is written as null).</summary>
/// <typeparam name="T">A type with an ndarray dtype.</typeparam>
public sealed class NumericImmutableArrayCodec<T> : IBsdfCodec<ImmutableArray<T>>
    where T : unmanaged
{
    private NumericImmutableArrayCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, ImmutableArray<T> value, BsdfContext context)
    {
        if (value.IsDefault)
        {
            writer.WriteNull();
        }
        else
        {
            NumericArrayCodec<T>.WriteSpan(ref writer, value.AsSpan(), context);
        }
    }

    /// <inheritdoc />
    public static ImmutableArray<T> Read(ref BsdfReader reader, BsdfContext context) =>
        NumericArrayCodec<T>.Read(ref reader, context) is { } values ? ImmutableCollectionsMarshal.AsImmutableArray(values) : default;
}

/// <summary>Any sequence of numbers (<see cref="IReadOnlyList{T}"/>, <see cref="IEnumerable{T}"/>, …) as an <c>ndarray</c>; reads produce an array.</summary>
/// <typeparam name="T">A type with an ndarray dtype.</typeparam>
public sealed class NumericSequenceCodec<T> : IBsdfCodec<IEnumerable<T>?>
    where T : unmanaged
{
    private NumericSequenceCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, IEnumerable<T>? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            NumericArrayCodec<T>.WriteSpan(ref writer, SequenceSpan.Of(value), context);
        }
    }

    /// <inheritdoc />
    public static IEnumerable<T>? Read(ref BsdfReader reader, BsdfContext context) => NumericArrayCodec<T>.Read(ref reader, context);
}

/// <summary><c>T[,]</c> of numbers as a two-dimensional <c>ndarray</c>.</summary>
/// <typeparam name="T">A type with an ndarray dtype.</typeparam>
public sealed class Array2DCodec<T> : IBsdfCodec<T[,]?>
    where T : unmanaged
{
    private Array2DCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T[,]? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        NdArrayWire.Write(ref writer, NumericArrayCodec<T>.DTypeName, [value.GetLength(0), value.GetLength(1)], BytesOf(value), context);
    }

    /// <inheritdoc />
    public static T[,]? Read(ref BsdfReader reader, BsdfContext context) =>
        NumericArrayCodec<T>.TryReadMultiDimensional(ref reader, context, stackalloc int[2], static shape => new T[shape[0], shape[1]])
            ?? NdArrayWire.Read(ref reader, context, NumericArrayCodec<T>.DType, 2)?.ToArray2D<T>();

    internal static ReadOnlySpan<byte> BytesOf(Array array) => WritableBytesOf(array);

    /// <summary>The elements of an array of any rank as bytes, in memory order (C order).</summary>
    internal static Span<byte> WritableBytesOf(Array array) =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), checked(array.Length * Unsafe.SizeOf<T>()));
}

/// <summary><c>T[,,]</c> of numbers as a three-dimensional <c>ndarray</c>.</summary>
/// <typeparam name="T">A type with an ndarray dtype.</typeparam>
public sealed class Array3DCodec<T> : IBsdfCodec<T[,,]?>
    where T : unmanaged
{
    private Array3DCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T[,,]? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        NdArrayWire.Write(ref writer, NumericArrayCodec<T>.DTypeName, [value.GetLength(0), value.GetLength(1), value.GetLength(2)], Array2DCodec<T>.BytesOf(value), context);
    }

    /// <inheritdoc />
    public static T[,,]? Read(ref BsdfReader reader, BsdfContext context) =>
        NumericArrayCodec<T>.TryReadMultiDimensional(ref reader, context, stackalloc int[3], static shape => new T[shape[0], shape[1], shape[2]])
            ?? NdArrayWire.Read(ref reader, context, NumericArrayCodec<T>.DType, 3)?.ToArray3D<T>();
}
