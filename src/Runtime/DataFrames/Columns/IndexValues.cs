using System.Numerics;

namespace BsdfGen.DataFrames;

/// <summary>Reads and checks the indices of a dictionary column, whatever integer type they are stored as.</summary>
internal static class IndexValues
{
    /// <summary>The index at <paramref name="row"/>; a <c>uint64</c> beyond <see cref="long.MaxValue"/> reads as <see cref="long.MaxValue"/>.</summary>
    public static long At(BsdfColumn indices, int row) => indices switch
    {
        BsdfPrimitiveColumn<sbyte> column => column.Values[row],
        BsdfPrimitiveColumn<short> column => column.Values[row],
        BsdfPrimitiveColumn<int> column => column.Values[row],
        BsdfPrimitiveColumn<long> column => column.Values[row],
        BsdfPrimitiveColumn<byte> column => column.Values[row],
        BsdfPrimitiveColumn<ushort> column => column.Values[row],
        BsdfPrimitiveColumn<uint> column => column.Values[row],
        BsdfPrimitiveColumn<ulong> column => long.CreateSaturating(column.Values[row]),
        _ => throw NotIntegers(indices),
    };

    /// <summary>The first row present in both validities whose index is not below <paramref name="count"/> or is negative; -1 when there is none.</summary>
    /// <exception cref="ArgumentException">The indices are not integers.</exception>
    public static int FindOutOfRange(BsdfColumn indices, BsdfValidity rows, int count) => indices switch
    {
        BsdfPrimitiveColumn<sbyte> column => Find(column.Values, rows, indices.Validity, count),
        BsdfPrimitiveColumn<short> column => Find(column.Values, rows, indices.Validity, count),
        BsdfPrimitiveColumn<int> column => Find(column.Values, rows, indices.Validity, count),
        BsdfPrimitiveColumn<long> column => Find(column.Values, rows, indices.Validity, count),
        BsdfPrimitiveColumn<byte> column => Find(column.Values, rows, indices.Validity, count),
        BsdfPrimitiveColumn<ushort> column => Find(column.Values, rows, indices.Validity, count),
        BsdfPrimitiveColumn<uint> column => Find(column.Values, rows, indices.Validity, count),
        BsdfPrimitiveColumn<ulong> column => Find(column.Values, rows, indices.Validity, count),
        _ => throw NotIntegers(indices),
    };

    private static int Find<T>(ReadOnlySpan<T> values, BsdfValidity rows, BsdfValidity indexRows, int count)
        where T : IBinaryInteger<T>
    {
        var checkEvery = !rows.HasNulls && !indexRows.HasNulls;
        for (var row = 0; row < values.Length; row++)
        {
            var index = long.CreateSaturating(values[row]);
            if ((ulong)index >= (ulong)count && (checkEvery || (rows[row] && indexRows[row])))
            {
                return row;
            }
        }

        return -1;
    }

    private static ArgumentException NotIntegers(BsdfColumn indices) =>
        new($"The indices of a dictionary column must be an integer column, not {indices.Type}", nameof(indices));
}
