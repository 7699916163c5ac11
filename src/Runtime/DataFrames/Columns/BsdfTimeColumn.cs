using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// A <c>time[s|ms|us|ns]</c> (time of day) column: integers since midnight in <see cref="Unit"/>, read as
/// <see cref="TimeOnly"/>. Seconds and milliseconds travel as 32-bit integers, so they must fit one.
/// </summary>
public sealed class BsdfTimeColumn : BsdfFixedWidthColumn<long, TimeOnly>
{
    /// <summary>Creates a column from integer times of day (copied).</summary>
    /// <param name="values">The time of every row in <paramref name="unit"/>s since midnight (any value in missing rows).</param>
    /// <param name="unit">The unit of the integers.</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    /// <exception cref="ArgumentException">A value in seconds or milliseconds does not fit 32 bits.</exception>
    public BsdfTimeColumn(ReadOnlySpan<long> values, BsdfTimeUnit unit, BsdfValidity? validity = null)
        : this(values.ToArray(), unit, validity)
    {
    }

    internal BsdfTimeColumn(long[] values, BsdfTimeUnit unit, BsdfValidity? validity)
        : base(values, validity)
    {
        Type = BsdfColumnType.Time(unit);
        if (IsStoredAs32Bits(unit))
        {
            foreach (var value in values)
            {
                if (value is < int.MinValue or > int.MaxValue)
                {
                    throw new ArgumentException($"time[{BsdfColumnType.UnitSuffix(unit)}] values are 32-bit integers; {value} does not fit", nameof(values));
                }
            }
        }
    }

    /// <inheritdoc />
    public override BsdfColumnType Type { get; }

    /// <summary>The unit of the stored integers.</summary>
    public BsdfTimeUnit Unit => Type.Unit!.Value;

    /// <summary>Creates a column of times of day.</summary>
    /// <param name="values">The times.</param>
    /// <param name="unit">The unit to store (default nanoseconds, which keeps every tick).</param>
    public static BsdfTimeColumn FromTimes(ReadOnlySpan<TimeOnly> values, BsdfTimeUnit unit = BsdfTimeUnit.Nanoseconds) =>
        new(NullableValues.Convert(values, value => EpochTime.FromTicks(value.Ticks, unit)), unit, null);

    /// <summary>Creates a column of times of day; null is a missing value.</summary>
    /// <param name="values">The times.</param>
    /// <param name="unit">The unit to store (default nanoseconds, which keeps every tick).</param>
    public static BsdfTimeColumn FromTimes(ReadOnlySpan<TimeOnly?> values, BsdfTimeUnit unit = BsdfTimeUnit.Nanoseconds) =>
        new(NullableValues.Split(values, value => EpochTime.FromTicks(value.Ticks, unit), out var validity), unit, validity);

    /// <summary>Whether <paramref name="unit"/> travels as 32-bit integers (seconds and milliseconds) rather than 64-bit.</summary>
    internal static bool IsStoredAs32Bits(BsdfTimeUnit unit) => unit is BsdfTimeUnit.Seconds or BsdfTimeUnit.Milliseconds;

    /// <inheritdoc />
    /// <exception cref="BsdfException">The value is not within one day (read <c>Values</c> for the raw number).</exception>
    private protected override TimeOnly ToValue(long stored)
    {
        try
        {
            return new TimeOnly(EpochTime.ToTicks(stored, Unit));
        }
        catch (Exception error) when (error is OverflowException or ArgumentOutOfRangeException)
        {
            throw new BsdfException($"{stored} {BsdfColumnType.UnitSuffix(Unit)} is not a time of day; read the raw number from the column's Values instead");
        }
    }
}
