using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// A column of numbers or booleans: <c>bool</c>, <c>int8</c>…<c>int64</c>, <c>uint8</c>…<c>uint64</c>, <c>float16</c>
/// (<see cref="Half"/>), <c>float32</c>, <c>float64</c>. <see cref="BsdfFixedWidthColumn{TStorage, TValue}.Values"/> is the
/// data as a span; the indexer gives <c>T?</c>.
/// </summary>
/// <typeparam name="T">
/// <see cref="bool"/>, <see cref="sbyte"/>, <see cref="short"/>, <see cref="int"/>, <see cref="long"/>, <see cref="byte"/>,
/// <see cref="ushort"/>, <see cref="uint"/>, <see cref="ulong"/>, <see cref="Half"/>, <see cref="float"/> or <see cref="double"/>.
/// </typeparam>
public sealed class BsdfPrimitiveColumn<T> : BsdfFixedWidthColumn<T, T>
    where T : unmanaged
{
    private static readonly BsdfColumnType? ColumnType = PrimitiveTypes.Of<T>();

    /// <summary>Creates a column from values (copied) and, optionally, which of them are present.</summary>
    /// <param name="values">The value of every row (any value in missing rows).</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a supported primitive, or the validity has another length.</exception>
    public BsdfPrimitiveColumn(ReadOnlySpan<T> values, BsdfValidity? validity = null)
        : this(values.ToArray(), validity)
    {
    }

    /// <summary>Takes ownership of <paramref name="values"/>.</summary>
    internal BsdfPrimitiveColumn(T[] values, BsdfValidity? validity)
        : base(values, validity)
    {
        if (ColumnType is null)
        {
            throw new ArgumentException(
                $"A primitive column holds bool, sbyte, short, int, long, byte, ushort, uint, ulong, Half, float or double, not {typeof(T).Name}");
        }
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => ColumnType!;

    /// <summary>
    /// Creates a column over <paramref name="values"/> without copying them: the column takes the array as its storage,
    /// so the caller must not change it afterwards (columns are immutable). <see cref="BsdfColumn.Create{T}(T[])"/> and
    /// <see cref="BsdfDataFrame.Add{T}(string, T[])"/> copy the array instead.
    /// </summary>
    /// <param name="values">The value of every row (any value in missing rows), from now on owned by the column.</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a supported primitive, or the validity has another length.</exception>
    public static BsdfPrimitiveColumn<T> Wrap(T[] values, BsdfValidity? validity = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(values, validity);
    }

    /// <summary>Creates a column from nullable values: null is a missing value.</summary>
    /// <param name="values">The values.</param>
    public static BsdfPrimitiveColumn<T> FromNullable(ReadOnlySpan<T?> values) =>
        new(NullableValues.Split(values, static value => value, out var validity), validity);

    /// <inheritdoc />
    private protected override T ToValue(T stored) => stored;
}
