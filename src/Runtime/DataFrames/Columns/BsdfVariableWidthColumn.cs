using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// A column of byte strings of any length (<c>bytes</c>, <c>utf8</c>): every value back to back in <see cref="Data"/>,
/// with <see cref="Offsets"/> (<c>Length + 1</c> numbers from 0) marking where each starts and ends.
/// </summary>
public abstract class BsdfVariableWidthColumn : BsdfColumn
{
    private readonly byte[] _data;
    private readonly int[] _offsets;

    private protected BsdfVariableWidthColumn(byte[] data, int[] offsets, BsdfValidity? validity)
        : base(offsets.Length - 1, validity)
    {
        _data = data;
        _offsets = offsets;
    }

    /// <summary>All values back to back.</summary>
    public ReadOnlySpan<byte> Data => _data;

    /// <summary>Where each value starts: row <c>i</c> is <c>Data[Offsets[i]..Offsets[i + 1]]</c>.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    internal byte[] DataStorage => _data;

    internal int[] OffsetStorage => _offsets;

    /// <summary>The bytes of <paramref name="row"/> (usually empty for a missing row).</summary>
    /// <param name="row">The row.</param>
    public ReadOnlySpan<byte> GetSpan(int row)
    {
        CheckRow(row);
        return _data.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);
    }

    /// <summary>Checks offsets given by a caller: at least one, from 0, never decreasing, ending at the data length.</summary>
    private protected static int[] CheckedOffsets(ReadOnlySpan<int> offsets, int dataLength) => ColumnOffsets.Checked(offsets, dataLength);

    /// <summary>The offsets of values of the given byte lengths, with a check that they fit one array.</summary>
    private protected static int[] OffsetsOf<T>(IReadOnlyList<T?> values, Func<T, int> byteLength)
        where T : class
    {
        var offsets = new int[values.Count + 1];
        long end = 0;
        for (var row = 0; row < values.Count; row++)
        {
            if (values[row] is { } value)
            {
                end += byteLength(value);
                if (end > Array.MaxLength)
                {
                    throw new ArgumentException($"The values hold more than {Array.MaxLength} bytes in all", nameof(values));
                }
            }

            offsets[row + 1] = (int)end;
        }

        return offsets;
    }

    /// <inheritdoc />
    private protected override bool ValueEquals(int row, BsdfColumn other, int otherRow) =>
        GetSpan(row).SequenceEqual(((BsdfVariableWidthColumn)other).GetSpan(otherRow));
}
