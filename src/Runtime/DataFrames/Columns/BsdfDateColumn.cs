using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>A <c>date[d]</c> column: days since 1970-01-01 stored as <see cref="int"/>, read as <see cref="DateOnly"/>.</summary>
public sealed class BsdfDateColumn : BsdfFixedWidthColumn<int, DateOnly>
{
    /// <summary>Creates a column from day numbers (copied).</summary>
    /// <param name="daysSinceEpoch">Days since 1970-01-01 of every row (any value in missing rows).</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    public BsdfDateColumn(ReadOnlySpan<int> daysSinceEpoch, BsdfValidity? validity = null)
        : this(daysSinceEpoch.ToArray(), validity)
    {
    }

    internal BsdfDateColumn(int[] daysSinceEpoch, BsdfValidity? validity)
        : base(daysSinceEpoch, validity)
    {
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => BsdfColumnType.Date;

    /// <summary>Creates a column from dates.</summary>
    /// <param name="dates">The dates.</param>
    public static BsdfDateColumn FromDates(ReadOnlySpan<DateOnly> dates) => new(NullableValues.Convert(dates, ToDays), null);

    /// <summary>Creates a column from dates; null is a missing value.</summary>
    /// <param name="dates">The dates.</param>
    public static BsdfDateColumn FromDates(ReadOnlySpan<DateOnly?> dates) => new(NullableValues.Split(dates, ToDays, out var validity), validity);

    /// <inheritdoc />
    /// <exception cref="BsdfException">The day is outside the years 1 to 9999 (read <c>Values</c> for the raw number).</exception>
    private protected override DateOnly ToValue(int stored) =>
        stored is >= -EpochTime.EpochDayNumber and <= 2932896 // 9999-12-31
            ? DateOnly.FromDayNumber(EpochTime.EpochDayNumber + stored)
            : throw new BsdfException($"Day {stored} since the epoch is outside the range of DateOnly; read the raw number from the column's Values instead");

    private static int ToDays(DateOnly date) => date.DayNumber - EpochTime.EpochDayNumber;
}
