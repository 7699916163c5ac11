using System.Numerics;

namespace BsdfGen;

/// <summary>Names, sizes and .NET element types of <see cref="BsdfDType"/> values.</summary>
public static class BsdfDTypes
{
    private static readonly string[] Names =
        ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64", "complex64", "complex128"];

    private static readonly int[] Sizes = [1, 1, 1, 2, 2, 4, 4, 8, 8, 2, 4, 8, 8, 16];

    /// <summary>The numpy name written in the <c>dtype</c> field, e.g. <c>float64</c>.</summary>
    /// <param name="dtype">The element type.</param>
    public static string GetName(this BsdfDType dtype) => Names[(int)dtype];

    /// <summary>The size of one element in bytes.</summary>
    /// <param name="dtype">The element type.</param>
    public static int GetItemSize(this BsdfDType dtype) => Sizes[(int)dtype];

    /// <summary>Parses a numpy dtype name.</summary>
    /// <param name="name">The name, e.g. <c>int32</c>.</param>
    /// <param name="dtype">The element type when known.</param>
    public static bool TryParse(string name, out BsdfDType dtype)
    {
        var index = Array.IndexOf(Names, name);
        dtype = (BsdfDType)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The .NET element type of <paramref name="dtype"/>, or null for <see cref="BsdfDType.Complex64"/>.</summary>
    /// <param name="dtype">The element type.</param>
    public static Type? GetElementType(this BsdfDType dtype) => dtype switch
    {
        BsdfDType.Bool => typeof(bool),
        BsdfDType.Int8 => typeof(sbyte),
        BsdfDType.UInt8 => typeof(byte),
        BsdfDType.Int16 => typeof(short),
        BsdfDType.UInt16 => typeof(ushort),
        BsdfDType.Int32 => typeof(int),
        BsdfDType.UInt32 => typeof(uint),
        BsdfDType.Int64 => typeof(long),
        BsdfDType.UInt64 => typeof(ulong),
        BsdfDType.Float16 => typeof(Half),
        BsdfDType.Float32 => typeof(float),
        BsdfDType.Float64 => typeof(double),
        BsdfDType.Complex128 => typeof(Complex),
        _ => null,
    };

    /// <summary>The element type for a .NET element type.</summary>
    /// <param name="elementType">A primitive number type, <see cref="bool"/>, <see cref="Half"/> or <see cref="Complex"/>.</param>
    /// <param name="dtype">The matching element type.</param>
    public static bool TryFromElementType(Type elementType, out BsdfDType dtype)
    {
        for (var candidate = BsdfDType.Bool; candidate <= BsdfDType.Complex128; candidate++)
        {
            if (candidate.GetElementType() == elementType)
            {
                dtype = candidate;
                return true;
            }
        }

        dtype = default;
        return false;
    }
}
