using System.Buffers.Binary;
using System.Collections;
using System.Numerics;

namespace BsdfGen.Extensions;

/// <summary>
/// The standard <c>ndarray</c> extension: <see cref="BsdfNdArray"/> and .NET arrays of numbers (any
/// rank; a one-dimensional <c>byte[]</c> stays a blob) as the mapping <c>{shape, dtype, data}</c>.
/// </summary>
internal sealed class NdArrayExtension() : BsdfExtension("ndarray")
{
    public override bool Match(object value) =>
        value is BsdfNdArray || (value is Array array && array.GetType() != typeof(byte[]) && BsdfNdArray.TryGetDType(array, out _));

    public override object? Encode(object value)
    {
        var array = value as BsdfNdArray ?? BsdfNdArray.FromArray((Array)value);
        var shape = new List<object?>(array.Rank);
        foreach (var dimension in array.Shape)
        {
            shape.Add((long)dimension);
        }

        return new BsdfMap(3)
        {
            ["shape"] = shape,
            ["dtype"] = array.DType.GetName(),
            ["data"] = (ReadOnlyMemory<byte>)array.Data,
        };
    }

    public override object? Decode(object? value)
    {
        if (value is not IDictionary<string, object?> map)
        {
            throw new FormatException("an ndarray must be a mapping");
        }

        if (!map.TryGetValue("dtype", out var dtypeValue) || dtypeValue is not string dtypeName)
        {
            throw new FormatException("an ndarray needs a 'dtype' string");
        }

        if (!BsdfDTypes.TryParse(dtypeName, out var dtype))
        {
            throw new FormatException($"unsupported ndarray dtype '{dtypeName}'");
        }

        if (!map.TryGetValue("shape", out var shapeValue) || shapeValue is not IList shapeList)
        {
            throw new FormatException("an ndarray needs a 'shape' list");
        }

        var shape = new int[shapeList.Count];
        for (var i = 0; i < shape.Length; i++)
        {
            shape[i] = shapeList[i] is long dimension and >= 0 and <= int.MaxValue
                ? (int)dimension
                : throw new FormatException($"ndarray shape item {i} is not a dimension length");
        }

        if (!map.TryGetValue("data", out var data))
        {
            throw new FormatException("an ndarray needs 'data'");
        }

        Memory<byte> bytes = data switch
        {
            byte[] blob => blob,
            BsdfLazyBlob lazy => lazy.GetMemory(),
            IList numbers => FromNumbers(numbers, dtype),
            _ => throw new FormatException("ndarray 'data' must be a blob or a list of numbers"),
        };

        try
        {
            return new BsdfNdArray(dtype, shape, bytes);
        }
        catch (Exception error) when (error is ArgumentException or OverflowException)
        {
            throw new FormatException(error.Message, error);
        }
    }

    /// <summary>Packs a list of numbers (the form some writers use for small arrays) into little-endian bytes.</summary>
    internal static byte[] FromNumbers(IList numbers, BsdfDType dtype)
    {
        var size = dtype.GetItemSize();
        var bytes = new byte[checked(numbers.Count * size)];
        for (var i = 0; i < numbers.Count; i++)
        {
            var target = bytes.AsSpan(i * size, size);
            var number = numbers[i];
            switch (dtype)
            {
                case BsdfDType.Bool: target[0] = ToLong(number) != 0 ? (byte)1 : (byte)0; break;
                case BsdfDType.Int8: target[0] = (byte)checked((sbyte)ToLong(number)); break;
                case BsdfDType.UInt8: target[0] = checked((byte)ToLong(number)); break;
                case BsdfDType.Int16: BinaryPrimitives.WriteInt16LittleEndian(target, checked((short)ToLong(number))); break;
                case BsdfDType.UInt16: BinaryPrimitives.WriteUInt16LittleEndian(target, checked((ushort)ToLong(number))); break;
                case BsdfDType.Int32: BinaryPrimitives.WriteInt32LittleEndian(target, checked((int)ToLong(number))); break;
                case BsdfDType.UInt32: BinaryPrimitives.WriteUInt32LittleEndian(target, checked((uint)ToLong(number))); break;
                case BsdfDType.Int64: BinaryPrimitives.WriteInt64LittleEndian(target, ToLong(number)); break;
                case BsdfDType.UInt64: BinaryPrimitives.WriteUInt64LittleEndian(target, checked((ulong)ToLong(number))); break;
                case BsdfDType.Float16: BinaryPrimitives.WriteHalfLittleEndian(target, (Half)ToDouble(number)); break;
                case BsdfDType.Float32: BinaryPrimitives.WriteSingleLittleEndian(target, (float)ToDouble(number)); break;
                case BsdfDType.Float64: BinaryPrimitives.WriteDoubleLittleEndian(target, ToDouble(number)); break;
                case BsdfDType.Complex64:
                    var small = ToComplex(number);
                    BinaryPrimitives.WriteSingleLittleEndian(target, (float)small.Real);
                    BinaryPrimitives.WriteSingleLittleEndian(target[4..], (float)small.Imaginary);
                    break;
                default:
                    var complex = ToComplex(number);
                    BinaryPrimitives.WriteDoubleLittleEndian(target, complex.Real);
                    BinaryPrimitives.WriteDoubleLittleEndian(target[8..], complex.Imaginary);
                    break;
            }
        }

        return bytes;
    }

    private static long ToLong(object? number) => number switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        double d when d == Math.Floor(d) && d >= long.MinValue && d < 9.2233720368547758E18 => (long)d,
        _ => throw new FormatException($"ndarray data item {number ?? "null"} is not an integer"),
    };

    private static double ToDouble(object? number) => number switch
    {
        double d => d,
        float f => f,
        long l => l,
        _ => throw new FormatException($"ndarray data item {number ?? "null"} is not a number"),
    };

    private static Complex ToComplex(object? number) => number is Complex c ? c : new Complex(ToDouble(number), 0);
}
