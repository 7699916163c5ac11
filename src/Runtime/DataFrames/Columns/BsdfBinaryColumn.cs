using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>A <c>bytes</c> column: byte strings of any length.</summary>
public sealed class BsdfBinaryColumn : BsdfVariableWidthColumn
{
    /// <summary>Creates a column from byte strings; null is a missing value.</summary>
    /// <param name="values">The values (copied).</param>
    public BsdfBinaryColumn(IEnumerable<byte[]?> values)
        : this(Materialize(values))
    {
    }

    /// <summary>Creates a column from concatenated values and their offsets (both copied).</summary>
    /// <param name="data">All values back to back.</param>
    /// <param name="offsets"><c>rows + 1</c> offsets into <paramref name="data"/>, from 0 to its length, never decreasing.</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    public BsdfBinaryColumn(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, BsdfValidity? validity = null)
        : this(data.ToArray(), CheckedOffsets(offsets, data.Length), validity)
    {
    }

    internal BsdfBinaryColumn(byte[] data, int[] offsets, BsdfValidity? validity)
        : base(data, offsets, validity)
    {
    }

    private BsdfBinaryColumn(IReadOnlyList<byte[]?> values)
        : this(Concatenate(values, out var offsets), offsets, NullableValues.OfReferences(values))
    {
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => BsdfColumnType.Bytes;

    /// <summary>The value of <paramref name="row"/> as a new array, or null when it is missing.</summary>
    /// <param name="row">The row.</param>
    public byte[]? this[int row] => IsValid(row) ? GetSpan(row).ToArray() : null;

    /// <inheritdoc />
    public override object? GetValue(int row) => this[row];

    private static IReadOnlyList<byte[]?> Materialize(IEnumerable<byte[]?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values as IReadOnlyList<byte[]?> ?? values.ToList();
    }

    private static byte[] Concatenate(IReadOnlyList<byte[]?> values, out int[] offsets)
    {
        offsets = OffsetsOf(values, static value => value.Length);
        var data = new byte[offsets[^1]];
        for (var row = 0; row < values.Count; row++)
        {
            values[row]?.CopyTo(data, offsets[row]);
        }

        return data;
    }
}
