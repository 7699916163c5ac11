using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>An <c>opaque</c> column: byte strings of one fixed <see cref="Width"/>, stored back to back.</summary>
public sealed class BsdfOpaqueColumn : BsdfColumn
{
    private readonly byte[] _data;

    /// <summary>Creates a column from concatenated values (copied).</summary>
    /// <param name="width">The byte width of every value (at least 1).</param>
    /// <param name="data">The values of every row back to back (any bytes in missing rows): a multiple of <paramref name="width"/>.</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    public BsdfOpaqueColumn(int width, ReadOnlySpan<byte> data, BsdfValidity? validity = null)
        : this(width, data.ToArray(), validity)
    {
    }

    internal BsdfOpaqueColumn(int width, byte[] data, BsdfValidity? validity)
        : base(RowsOf(width, data.Length), validity)
    {
        _data = data;
        Type = BsdfColumnType.Opaque(width);
    }

    /// <inheritdoc />
    public override BsdfColumnType Type { get; }

    /// <summary>The byte width of every value.</summary>
    public int Width => Type.Width!.Value;

    /// <summary>All values back to back.</summary>
    public ReadOnlySpan<byte> Data => _data;

    /// <summary>The value of <paramref name="row"/> as a new array, or null when it is missing.</summary>
    /// <param name="row">The row.</param>
    public byte[]? this[int row] => IsValid(row) ? GetSpan(row).ToArray() : null;

    internal byte[] Storage => _data;

    /// <summary>Creates a column from values of equal length; null is a missing value.</summary>
    /// <param name="width">The byte width of every value.</param>
    /// <param name="values">The values.</param>
    /// <exception cref="ArgumentException">A value does not have <paramref name="width"/> bytes.</exception>
    public static BsdfOpaqueColumn FromValues(int width, IReadOnlyList<byte[]?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var data = new byte[checked(width * values.Count)];
        for (var row = 0; row < values.Count; row++)
        {
            if (values[row] is { } value)
            {
                if (value.Length != width)
                {
                    throw new ArgumentException($"Value {row} has {value.Length} bytes; every value of this opaque column has {width}", nameof(values));
                }

                value.CopyTo(data, row * width);
            }
        }

        return new BsdfOpaqueColumn(width, data, NullableValues.OfReferences(values));
    }

    /// <summary>The bytes of <paramref name="row"/> (whatever a missing row holds).</summary>
    /// <param name="row">The row.</param>
    public ReadOnlySpan<byte> GetSpan(int row)
    {
        CheckRow(row);
        return _data.AsSpan(row * Width, Width);
    }

    /// <inheritdoc />
    public override object? GetValue(int row) => this[row];

    /// <inheritdoc />
    private protected override bool ValueEquals(int row, BsdfColumn other, int otherRow) =>
        GetSpan(row).SequenceEqual(((BsdfOpaqueColumn)other).GetSpan(otherRow));

    private static int RowsOf(int width, int dataLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (dataLength % width != 0)
        {
            throw new ArgumentException($"{dataLength} bytes are not a whole number of {width}-byte values", "data");
        }

        return dataLength / width;
    }
}
