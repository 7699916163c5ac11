using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BsdfGen;

/// <summary>
/// An n-dimensional array as the <c>ndarray</c> extension carries it: an element type, a shape (first
/// dimension first) and the elements in C order as little-endian bytes. Typed access is a view over
/// <see cref="Data"/>, never a copy.
/// </summary>
public sealed class BsdfNdArray
{
    private readonly int[] _shape;

    /// <summary>Creates an array over existing bytes (no copy).</summary>
    /// <param name="dtype">The element type.</param>
    /// <param name="shape">The length of each dimension, first dimension first; empty for a 0-d array (one element).</param>
    /// <param name="data">The elements in C order, little-endian: exactly product(shape) × item size bytes.</param>
    /// <exception cref="ArgumentException">The data length does not match the shape.</exception>
    public BsdfNdArray(BsdfDType dtype, ReadOnlySpan<int> shape, Memory<byte> data)
    {
        if (dtype < BsdfDType.Bool || dtype > BsdfDType.Complex128)
        {
            throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown element type");
        }

        var length = ElementCount(shape);
        var expected = length * dtype.GetItemSize();
        if (expected != data.Length)
        {
            throw new ArgumentException(
                $"An array of shape ({string.Join(", ", shape.ToArray())}) and dtype {dtype.GetName()} needs {expected} bytes, not {data.Length}", nameof(data));
        }

        DType = dtype;
        _shape = shape.ToArray();
        Length = length;
        Data = data;
    }

    /// <summary>The element type.</summary>
    public BsdfDType DType { get; }

    /// <summary>The length of each dimension, first dimension first.</summary>
    public IReadOnlyList<int> Shape => _shape;

    /// <summary>The number of dimensions.</summary>
    public int Rank => _shape.Length;

    /// <summary>The number of elements.</summary>
    public long Length { get; }

    /// <summary>The elements as raw little-endian bytes in C order.</summary>
    public Memory<byte> Data { get; }

    /// <summary>Copies a .NET array of any rank (<c>T[]</c>, <c>T[,]</c>, <c>T[,,]</c>, …) of a supported element type.</summary>
    /// <param name="array">The array; its element type must map to a <see cref="BsdfDType"/>.</param>
    /// <exception cref="ArgumentException">The element type has no dtype.</exception>
    public static BsdfNdArray FromArray(Array array)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (!TryGetDType(array, out var dtype))
        {
            throw new ArgumentException($"Arrays of {array.GetType().GetElementType()} have no ndarray dtype", nameof(array));
        }

        var shape = new int[array.Rank];
        for (var dimension = 0; dimension < shape.Length; dimension++)
        {
            shape[dimension] = array.GetLength(dimension);
        }

        var bytes = MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(array), checked(array.Length * dtype.GetItemSize()));
        return new BsdfNdArray(dtype, shape, bytes.ToArray());
    }

    /// <summary>Copies elements into a new array of the given shape.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The elements in C order.</param>
    /// <param name="shape">The shape; when omitted, one dimension of <c>values.Length</c>.</param>
    public static BsdfNdArray Create<T>(ReadOnlySpan<T> values, params int[] shape)
        where T : unmanaged
    {
        var dtype = DTypeOf<T>();
        if (shape.Length == 0)
        {
            shape = [values.Length];
        }

        return new BsdfNdArray(dtype, shape, MemoryMarshal.AsBytes(values).ToArray());
    }

    /// <summary>Whether <paramref name="array"/> has an element type that maps to a dtype.</summary>
    /// <param name="array">The array.</param>
    /// <param name="dtype">Its dtype.</param>
    public static bool TryGetDType(Array array, out BsdfDType dtype)
    {
        ArgumentNullException.ThrowIfNull(array);
        var elementType = array.GetType().GetElementType();
        if (elementType is null)
        {
            dtype = default;
            return false;
        }

        return BsdfDTypes.TryFromElementType(elementType, out dtype);
    }

    /// <summary>A typed view over the elements (no copy).</summary>
    /// <typeparam name="T">The .NET type of <see cref="DType"/> (e.g. <see cref="double"/> for float64).</typeparam>
    /// <exception cref="InvalidCastException"><typeparamref name="T"/> is not the element type.</exception>
    public Span<T> AsSpan<T>()
        where T : unmanaged
    {
        CheckElementType<T>();
        return MemoryMarshal.Cast<byte, T>(Data.Span);
    }

    /// <summary>Copies the elements into a one-dimensional array (any rank is flattened in C order).</summary>
    /// <typeparam name="T">The .NET type of <see cref="DType"/>.</typeparam>
    public T[] ToArray<T>()
        where T : unmanaged => AsSpan<T>().ToArray();

    /// <summary>Copies a two-dimensional array.</summary>
    /// <typeparam name="T">The .NET type of <see cref="DType"/>.</typeparam>
    /// <exception cref="InvalidOperationException">The array does not have two dimensions.</exception>
    public T[,] ToArray2D<T>()
        where T : unmanaged
    {
        CheckRank(2);
        var result = new T[_shape[0], _shape[1]];
        CopyInto<T>(result);
        return result;
    }

    /// <summary>Copies a three-dimensional array.</summary>
    /// <typeparam name="T">The .NET type of <see cref="DType"/>.</typeparam>
    /// <exception cref="InvalidOperationException">The array does not have three dimensions.</exception>
    public T[,,] ToArray3D<T>()
        where T : unmanaged
    {
        CheckRank(3);
        var result = new T[_shape[0], _shape[1], _shape[2]];
        CopyInto<T>(result);
        return result;
    }

    /// <summary>The element at flat (C-order) position <paramref name="index"/>, boxed as its .NET type.</summary>
    /// <param name="index">The flat index.</param>
    public object GetElement(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
        var bytes = Data.Span.Slice((int)(index * DType.GetItemSize()));
        return DType switch
        {
            BsdfDType.Bool => bytes[0] != 0,
            BsdfDType.Int8 => (sbyte)bytes[0],
            BsdfDType.UInt8 => bytes[0],
            BsdfDType.Int16 => Read<short>(bytes),
            BsdfDType.UInt16 => Read<ushort>(bytes),
            BsdfDType.Int32 => Read<int>(bytes),
            BsdfDType.UInt32 => Read<uint>(bytes),
            BsdfDType.Int64 => Read<long>(bytes),
            BsdfDType.UInt64 => Read<ulong>(bytes),
            BsdfDType.Float16 => Read<Half>(bytes),
            BsdfDType.Float32 => Read<float>(bytes),
            BsdfDType.Float64 => Read<double>(bytes),
            BsdfDType.Complex64 => new Complex(Read<float>(bytes), Read<float>(bytes[4..])),
            _ => Read<Complex>(bytes),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"ndarray {DType.GetName()} ({string.Join(", ", _shape)})";

    internal static BsdfDType DTypeOf<T>()
        where T : unmanaged
    {
        if (!BsdfDTypes.TryFromElementType(typeof(T), out var dtype))
        {
            throw new ArgumentException($"{typeof(T)} has no ndarray dtype");
        }

        return dtype;
    }

    private static long ElementCount(ReadOnlySpan<int> shape)
    {
        long count = 1;
        foreach (var dimension in shape)
        {
            if (dimension < 0)
            {
                throw new ArgumentException($"Array dimensions must not be negative, not {dimension}", nameof(shape));
            }

            count = checked(count * dimension);
        }

        return count;
    }

    private static T Read<T>(ReadOnlySpan<byte> bytes)
        where T : unmanaged => MemoryMarshal.Read<T>(bytes);

    private void CheckElementType<T>()
        where T : unmanaged
    {
        if (DType.GetElementType() != typeof(T))
        {
            throw new InvalidCastException($"The array holds {DType.GetName()}, not {typeof(T).Name}");
        }
    }

    private void CheckRank(int rank)
    {
        if (Rank != rank)
        {
            throw new InvalidOperationException($"The array has {Rank} dimensions, not {rank}");
        }
    }

    private void CopyInto<T>(Array destination)
        where T : unmanaged
    {
        var source = AsSpan<T>();
        var target = MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(destination)), destination.Length);
        source.CopyTo(target);
    }
}
