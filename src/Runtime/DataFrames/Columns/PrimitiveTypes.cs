namespace BsdfGen.DataFrames;

/// <summary>The column type of each .NET primitive that a <see cref="BsdfPrimitiveColumn{T}"/> can hold.</summary>
internal static class PrimitiveTypes
{
    /// <summary>The column type for <typeparamref name="T"/>, or null when it is not a supported primitive.</summary>
    public static BsdfColumnType? Of<T>()
    {
        if (typeof(T) == typeof(bool)) return BsdfColumnType.Bool;
        if (typeof(T) == typeof(sbyte)) return BsdfColumnType.Int8;
        if (typeof(T) == typeof(short)) return BsdfColumnType.Int16;
        if (typeof(T) == typeof(int)) return BsdfColumnType.Int32;
        if (typeof(T) == typeof(long)) return BsdfColumnType.Int64;
        if (typeof(T) == typeof(byte)) return BsdfColumnType.UInt8;
        if (typeof(T) == typeof(ushort)) return BsdfColumnType.UInt16;
        if (typeof(T) == typeof(uint)) return BsdfColumnType.UInt32;
        if (typeof(T) == typeof(ulong)) return BsdfColumnType.UInt64;
        if (typeof(T) == typeof(Half)) return BsdfColumnType.Float16;
        if (typeof(T) == typeof(float)) return BsdfColumnType.Float32;
        if (typeof(T) == typeof(double)) return BsdfColumnType.Float64;
        return null;
    }

    /// <summary>Whether <paramref name="kind"/> is an integer kind (the index types of dictionary columns).</summary>
    public static bool IsInteger(BsdfColumnKind kind) => kind is >= BsdfColumnKind.Int8 and <= BsdfColumnKind.UInt64;
}
