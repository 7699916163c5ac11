namespace BsdfGen;

/// <summary>A <c>null</c> column: <see cref="BsdfColumn.Length"/> rows, every one missing.</summary>
public sealed class BsdfNullColumn : BsdfColumn
{
    /// <summary>Creates a column of missing values.</summary>
    /// <param name="length">The number of rows.</param>
    public BsdfNullColumn(int length)
        : base(length, BsdfValidity.AllNull(length))
    {
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => BsdfColumnType.Null;

    /// <summary>Always null.</summary>
    /// <param name="row">The row.</param>
    public override object? GetValue(int row)
    {
        CheckRow(row);
        return null;
    }

    /// <inheritdoc />
    private protected override bool ValueEquals(int row, BsdfColumn other, int otherRow) => true;
}
