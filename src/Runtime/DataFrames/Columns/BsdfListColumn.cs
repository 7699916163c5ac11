using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// A <c>list</c> column: each row is a list of values of one type. The elements of all rows are the rows of one
/// child column, <see cref="Values"/>; <see cref="Offsets"/> (<c>Length + 1</c> numbers from 0) marks where each row's
/// elements start and end.
/// </summary>
public sealed class BsdfListColumn : BsdfColumn
{
    private readonly int[] _offsets;
    private BsdfColumnType? _type;

    /// <summary>Creates a column from its elements and offsets (copied).</summary>
    /// <param name="values">The elements of all rows, one after the other.</param>
    /// <param name="offsets"><c>rows + 1</c> indices into <paramref name="values"/>, from 0 to its length, never decreasing.</param>
    /// <param name="validity">Which rows hold a list; all of them when null.</param>
    /// <exception cref="ArgumentException">The offsets are malformed.</exception>
    public BsdfListColumn(BsdfColumn values, ReadOnlySpan<int> offsets, BsdfValidity? validity = null)
        : this(values, CheckedOffsets(values, offsets), validity)
    {
    }

    internal BsdfListColumn(BsdfColumn values, int[] offsets, BsdfValidity? validity)
        : base(offsets.Length - 1, validity)
    {
        Values = values;
        _offsets = offsets;
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => _type ??= BsdfColumnType.List(Values.Type);

    /// <summary>The elements of all rows, one after the other.</summary>
    public BsdfColumn Values { get; }

    /// <summary>Where each row's elements are: row <c>i</c> holds <c>Values</c> rows <c>Offsets[i]</c> to <c>Offsets[i + 1] - 1</c>.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    internal int[] OffsetStorage => _offsets;

    /// <summary>Creates a column from .NET sequences; a null sequence is a missing row. The element type is chosen as <see cref="BsdfColumn.Create{T}(T[])"/> does.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="lists">The lists.</param>
    public static BsdfListColumn FromLists<T>(IEnumerable<IEnumerable<T>?> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var rows = lists as IReadOnlyList<IEnumerable<T>?> ?? lists.ToList();
        var elements = new List<T>();
        var offsets = new int[rows.Count + 1];
        for (var row = 0; row < rows.Count; row++)
        {
            if (rows[row] is { } items)
            {
                elements.AddRange(items);
            }

            offsets[row + 1] = elements.Count;
        }

        return new BsdfListColumn(ColumnFactory.FromArray(elements.ToArray()), offsets, NullableValues.OfReferences(rows));
    }

    /// <summary>The rows of <see cref="Values"/> that row <paramref name="row"/> holds.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The first element's row in <see cref="Values"/> and the number of elements.</returns>
    public (int Start, int Count) GetRange(int row)
    {
        CheckRow(row);
        return (_offsets[row], _offsets[row + 1] - _offsets[row]);
    }

    /// <summary>
    /// The stored elements of <paramref name="row"/> as a span, when <see cref="Values"/> stores one <typeparamref name="T"/> per
    /// element (a <see cref="BsdfPrimitiveColumn{T}"/>, or <c>long</c> for timestamps, <c>int</c> for dates, …).
    /// </summary>
    /// <typeparam name="T">The stored element type.</typeparam>
    /// <param name="row">The row.</param>
    /// <exception cref="InvalidOperationException">The elements are not stored as <typeparamref name="T"/>.</exception>
    public ReadOnlySpan<T> GetValues<T>(int row)
        where T : unmanaged
    {
        var (start, count) = GetRange(row);
        return Values is IFixedWidthValues<T> fixedWidth
            ? fixedWidth.Values.Slice(start, count)
            : throw new InvalidOperationException($"The elements of this list column are {Values.Type}, not stored as {typeof(T).Name}");
    }

    /// <summary>The elements of <paramref name="row"/> as objects, or null when the row is missing.</summary>
    /// <param name="row">The row.</param>
    public override object? GetValue(int row)
    {
        if (!IsValid(row))
        {
            return null;
        }

        var (start, count) = GetRange(row);
        var items = new List<object?>(count);
        for (var i = start; i < start + count; i++)
        {
            items.Add(Values.GetValue(i));
        }

        return items;
    }

    /// <inheritdoc />
    private protected override bool ValueEquals(int row, BsdfColumn other, int otherRow)
    {
        var list = (BsdfListColumn)other;
        var (start, count) = GetRange(row);
        var (otherStart, otherCount) = list.GetRange(otherRow);
        if (count != otherCount || !Values.Type.Equals(list.Values.Type))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!RowsEqual(Values, start + i, list.Values, otherStart + i))
            {
                return false;
            }
        }

        return true;
    }

    private static int[] CheckedOffsets(BsdfColumn values, ReadOnlySpan<int> offsets)
    {
        ArgumentNullException.ThrowIfNull(values);
        return ColumnOffsets.Checked(offsets, values.Length);
    }
}
