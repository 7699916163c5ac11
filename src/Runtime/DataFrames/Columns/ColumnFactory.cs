using System.Runtime.CompilerServices;

namespace BsdfGen.DataFrames;

/// <summary>Chooses the column type for a .NET element type and builds the column (see <see cref="BsdfColumn.Create{T}(T[])"/>).</summary>
internal static class ColumnFactory
{
    public static BsdfColumn FromArray<T>(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Primitive(values)
            ?? NullablePrimitive(values)
            ?? Temporal(values)
            ?? Reference(values)
            ?? throw new ArgumentException(
                $"There is no data frame column type for {typeof(T)}: use bool, a number type, Half, DateOnly, DateTime, DateTimeOffset, TimeOnly " +
                "(each also nullable), string or byte[], or build a column yourself", nameof(values));
    }

    private static BsdfColumn? Primitive<T>(T[] values)
    {
        if (typeof(T) == typeof(bool)) return new BsdfPrimitiveColumn<bool>(Copy<T, bool>(values), null);
        if (typeof(T) == typeof(sbyte)) return new BsdfPrimitiveColumn<sbyte>(Copy<T, sbyte>(values), null);
        if (typeof(T) == typeof(short)) return new BsdfPrimitiveColumn<short>(Copy<T, short>(values), null);
        if (typeof(T) == typeof(int)) return new BsdfPrimitiveColumn<int>(Copy<T, int>(values), null);
        if (typeof(T) == typeof(long)) return new BsdfPrimitiveColumn<long>(Copy<T, long>(values), null);
        if (typeof(T) == typeof(byte)) return new BsdfPrimitiveColumn<byte>(Copy<T, byte>(values), null);
        if (typeof(T) == typeof(ushort)) return new BsdfPrimitiveColumn<ushort>(Copy<T, ushort>(values), null);
        if (typeof(T) == typeof(uint)) return new BsdfPrimitiveColumn<uint>(Copy<T, uint>(values), null);
        if (typeof(T) == typeof(ulong)) return new BsdfPrimitiveColumn<ulong>(Copy<T, ulong>(values), null);
        if (typeof(T) == typeof(Half)) return new BsdfPrimitiveColumn<Half>(Copy<T, Half>(values), null);
        if (typeof(T) == typeof(float)) return new BsdfPrimitiveColumn<float>(Copy<T, float>(values), null);
        if (typeof(T) == typeof(double)) return new BsdfPrimitiveColumn<double>(Copy<T, double>(values), null);
        return null;
    }

    private static BsdfColumn? NullablePrimitive<T>(T[] values)
    {
        if (typeof(T) == typeof(bool?)) return BsdfPrimitiveColumn<bool>.FromNullable(As<T, bool?>(values));
        if (typeof(T) == typeof(sbyte?)) return BsdfPrimitiveColumn<sbyte>.FromNullable(As<T, sbyte?>(values));
        if (typeof(T) == typeof(short?)) return BsdfPrimitiveColumn<short>.FromNullable(As<T, short?>(values));
        if (typeof(T) == typeof(int?)) return BsdfPrimitiveColumn<int>.FromNullable(As<T, int?>(values));
        if (typeof(T) == typeof(long?)) return BsdfPrimitiveColumn<long>.FromNullable(As<T, long?>(values));
        if (typeof(T) == typeof(byte?)) return BsdfPrimitiveColumn<byte>.FromNullable(As<T, byte?>(values));
        if (typeof(T) == typeof(ushort?)) return BsdfPrimitiveColumn<ushort>.FromNullable(As<T, ushort?>(values));
        if (typeof(T) == typeof(uint?)) return BsdfPrimitiveColumn<uint>.FromNullable(As<T, uint?>(values));
        if (typeof(T) == typeof(ulong?)) return BsdfPrimitiveColumn<ulong>.FromNullable(As<T, ulong?>(values));
        if (typeof(T) == typeof(Half?)) return BsdfPrimitiveColumn<Half>.FromNullable(As<T, Half?>(values));
        if (typeof(T) == typeof(float?)) return BsdfPrimitiveColumn<float>.FromNullable(As<T, float?>(values));
        if (typeof(T) == typeof(double?)) return BsdfPrimitiveColumn<double>.FromNullable(As<T, double?>(values));
        return null;
    }

    private static BsdfColumn? Temporal<T>(T[] values)
    {
        if (typeof(T) == typeof(DateOnly)) return BsdfDateColumn.FromDates(As<T, DateOnly>(values));
        if (typeof(T) == typeof(DateOnly?)) return BsdfDateColumn.FromDates(As<T, DateOnly?>(values));
        if (typeof(T) == typeof(DateTime)) return BsdfTimestampColumn.FromDateTimes(As<T, DateTime>(values));
        if (typeof(T) == typeof(DateTime?)) return BsdfTimestampColumn.FromDateTimes(As<T, DateTime?>(values));
        if (typeof(T) == typeof(DateTimeOffset)) return BsdfTimestampColumn.FromInstants(As<T, DateTimeOffset>(values));
        if (typeof(T) == typeof(DateTimeOffset?)) return BsdfTimestampColumn.FromInstants(As<T, DateTimeOffset?>(values));
        if (typeof(T) == typeof(TimeOnly)) return BsdfTimeColumn.FromTimes(As<T, TimeOnly>(values));
        if (typeof(T) == typeof(TimeOnly?)) return BsdfTimeColumn.FromTimes(As<T, TimeOnly?>(values));
        return null;
    }

    private static BsdfColumn? Reference<T>(T[] values) => values switch
    {
        string[] text => new BsdfStringColumn(text),
        byte[][] bytes => new BsdfBinaryColumn(bytes),
        _ => null,
    };

    /// <summary>Views an array of <typeparamref name="T"/> as one of <typeparamref name="TKnown"/>, which the caller checked is the same type.</summary>
    private static TKnown[] As<T, TKnown>(T[] values) => Unsafe.As<TKnown[]>(values);

    private static TKnown[] Copy<T, TKnown>(T[] values) => (TKnown[])As<T, TKnown>(values).Clone();
}
