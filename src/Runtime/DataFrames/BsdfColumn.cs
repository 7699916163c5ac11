using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// One column of a <see cref="BsdfDataFrame"/>: <see cref="Length"/> values of one <see cref="Type"/>, each
/// present or missing as <see cref="Validity"/> says. Columns are immutable. The concrete classes give typed
/// access (<see cref="BsdfPrimitiveColumn{T}"/>, <see cref="BsdfStringColumn"/>, <see cref="BsdfTimestampColumn"/>, …);
/// <see cref="GetValue(int)"/> gives any value as an object.
/// </summary>
public abstract class BsdfColumn
{
    private protected BsdfColumn(int length, BsdfValidity? validity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (validity is not null && validity.Length != length)
        {
            throw new ArgumentException($"The validity covers {validity.Length} rows but the column has {length}", nameof(validity));
        }

        Length = length;
        Validity = validity ?? BsdfValidity.AllValid(length);
    }

    /// <summary>The number of rows.</summary>
    public int Length { get; }

    /// <summary>Which rows hold a value.</summary>
    public BsdfValidity Validity { get; }

    /// <summary>The column type (kind and parameters).</summary>
    public abstract BsdfColumnType Type { get; }

    /// <summary>The number of rows without a value.</summary>
    public int NullCount => Validity.NullCount;

    /// <summary>Whether <paramref name="row"/> holds a value.</summary>
    /// <param name="row">The row.</param>
    public bool IsValid(int row) => Validity[row];

    /// <summary>Whether <paramref name="row"/> is missing.</summary>
    /// <param name="row">The row.</param>
    public bool IsNull(int row) => !Validity[row];

    /// <summary>Creates a column from .NET values, choosing the column type from <typeparamref name="T"/>; nulls become missing values.</summary>
    /// <typeparam name="T">
    /// <c>bool</c>, a primitive integer or float type, <see cref="Half"/> (each also as <see cref="Nullable{T}"/>),
    /// <see cref="DateOnly"/> (<c>date[d]</c>), <see cref="DateTime"/> (<c>timestamp[us, UTC]</c> for UTC and local values,
    /// <c>timestamp[us]</c> for unspecified ones: see <see cref="BsdfTimestampColumn.FromDateTimes(ReadOnlySpan{DateTime}, BsdfTimeUnit)"/>), <see cref="DateTimeOffset"/>
    /// (<c>timestamp[us, UTC]</c>), <see cref="TimeOnly"/> (<c>time[ns]</c>), <c>string</c> (<c>utf8</c>) or <c>byte[]</c> (<c>bytes</c>).
    /// </typeparam>
    /// <param name="values">The values, copied.</param>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> has no column type.</exception>
    public static BsdfColumn Create<T>(T[] values) => ColumnFactory.FromArray(values);

    /// <summary>Creates a column from .NET values (see <see cref="Create{T}(T[])"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values, copied.</param>
    public static BsdfColumn Create<T>(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return ColumnFactory.FromArray(values as T[] ?? values.ToArray());
    }

    /// <summary>
    /// Copies the column into a .NET array: the inverse of <see cref="Create{T}(T[])"/> (a <c>timestamp</c> column
    /// also reads as <see cref="DateTime"/> values, UTC when it has a time zone and unspecified when it has none; a
    /// categorical column as its category values).
    /// </summary>
    /// <typeparam name="T">The element type; nullable to receive missing values as null.</typeparam>
    /// <exception cref="InvalidCastException">The column holds other values, or a missing value where <typeparamref name="T"/> cannot be null.</exception>
    public T[] ToArray<T>() => ColumnArrays.ToArray<T>(this);

    /// <summary>The value of <paramref name="row"/> as an object (null when missing). Prefer the typed accessors of the concrete class.</summary>
    /// <param name="row">The row.</param>
    public abstract object? GetValue(int row);

    /// <summary>
    /// Whether <paramref name="other"/> has the same type, length, validity and values (floats compared bit for
    /// bit). The content of missing slots is ignored.
    /// </summary>
    /// <param name="other">The column to compare with.</param>
    public bool ContentEquals(BsdfColumn? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (GetType() == other.GetType() && Length == other.Length && Type.Equals(other.Type) && Validity.Equals(other.Validity) && ValuesEqual(other)));

    /// <inheritdoc />
    public override string ToString() => $"{Type} column, {Length} rows ({NullCount} missing)";

    /// <summary>Whether rows <paramref name="row"/> of <paramref name="first"/> and <paramref name="otherRow"/> of <paramref name="second"/> (columns of one type) are both missing or hold equal values.</summary>
    internal static bool RowsEqual(BsdfColumn first, int row, BsdfColumn second, int otherRow)
    {
        var valid = first.IsValid(row);
        return valid == second.IsValid(otherRow) && (!valid || first.ValueEquals(row, second, otherRow));
    }

    /// <summary>Whether the value of <paramref name="row"/> equals that of <paramref name="otherRow"/> in <paramref name="other"/>, a column of the same class and type; both rows are valid.</summary>
    private protected abstract bool ValueEquals(int row, BsdfColumn other, int otherRow);

    /// <summary>Compares the values of the valid rows with a column of the same class, type, length and validity.</summary>
    private protected virtual bool ValuesEqual(BsdfColumn other)
    {
        for (var row = 0; row < Length; row++)
        {
            if (IsValid(row) && !ValueEquals(row, other, row))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws unless <paramref name="row"/> is a row of this column.</summary>
    private protected void CheckRow(int row)
    {
        if ((uint)row >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The row must be from 0 to {Length - 1}");
        }
    }
}
