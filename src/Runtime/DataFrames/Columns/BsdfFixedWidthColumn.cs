using BsdfGen.DataFrames;
using System.Runtime.InteropServices;

namespace BsdfGen;

/// <summary>
/// A column whose values are stored one fixed-size <typeparamref name="TStorage"/> per row (numbers, dates,
/// timestamps, times). <see cref="Values"/> is the storage as a span — every row, missing ones included —
/// and the indexer gives each row as a nullable <typeparamref name="TValue"/>.
/// </summary>
/// <typeparam name="TStorage">The stored number type.</typeparam>
/// <typeparam name="TValue">The .NET value each row stands for.</typeparam>
public abstract class BsdfFixedWidthColumn<TStorage, TValue> : BsdfColumn, IFixedWidthValues<TStorage>, IRawValues
    where TStorage : unmanaged
    where TValue : struct
{
    private readonly TStorage[] _values;

    private protected BsdfFixedWidthColumn(TStorage[] values, BsdfValidity? validity)
        : base(values.Length, validity)
    {
        _values = values;
    }

    /// <summary>The stored values of every row (the content of missing rows is unspecified, usually zero).</summary>
    public ReadOnlySpan<TStorage> Values => _values;

    /// <summary>The stored values as memory, for APIs that take <see cref="ReadOnlyMemory{T}"/>.</summary>
    public ReadOnlyMemory<TStorage> ValuesMemory => _values;

    /// <summary>The value of <paramref name="row"/>, or null when it is missing.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="BsdfException">
    /// The stored number stands for a value .NET cannot represent (a date or time outside the years 1 to 9999, a time of
    /// day outside one day); <see cref="Values"/> still holds it.
    /// </exception>
    public TValue? this[int row] => IsValid(row) ? ToValue(_values[row]) : null;

    /// <summary>The storage, for the encoder (never modified).</summary>
    internal TStorage[] Storage => _values;

    /// <inheritdoc />
    Array IRawValues.RawValues => _values;

    /// <inheritdoc />
    int IRawValues.RawValueSize => System.Runtime.CompilerServices.Unsafe.SizeOf<TStorage>();

    /// <inheritdoc />
    public override object? GetValue(int row) => this[row];

    /// <summary>Converts a stored number into the value it stands for.</summary>
    private protected abstract TValue ToValue(TStorage stored);

    /// <inheritdoc />
    private protected override bool ValueEquals(int row, BsdfColumn other, int otherRow) =>
        MemoryMarshal.AsBytes(Values.Slice(row, 1)).SequenceEqual(MemoryMarshal.AsBytes(((BsdfFixedWidthColumn<TStorage, TValue>)other).Values.Slice(otherRow, 1)));

    /// <inheritdoc />
    private protected override bool ValuesEqual(BsdfColumn other) =>
        Validity.HasNulls
            ? base.ValuesEqual(other)
            : MemoryMarshal.AsBytes(Values).SequenceEqual(MemoryMarshal.AsBytes(((BsdfFixedWidthColumn<TStorage, TValue>)other).Values));
}
