using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// A <c>timestamp[s|ms|us|ns]</c> column: integers since 1970-01-01T00:00 in <see cref="Unit"/>, with an optional
/// <see cref="TimeZone"/>, read as <see cref="DateTimeOffset"/> (offset zero; nanoseconds rounded down to ticks).
/// </summary>
public sealed class BsdfTimestampColumn : BsdfFixedWidthColumn<long, DateTimeOffset>
{
    /// <summary>Creates a column from integer timestamps (copied).</summary>
    /// <param name="values">The timestamp of every row in <paramref name="unit"/>s since the epoch (any value in missing rows).</param>
    /// <param name="unit">The unit of the integers.</param>
    /// <param name="timeZone">A time zone name (e.g. <c>UTC</c>) or null for none.</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    public BsdfTimestampColumn(ReadOnlySpan<long> values, BsdfTimeUnit unit, string? timeZone = null, BsdfValidity? validity = null)
        : this(values.ToArray(), unit, timeZone, validity)
    {
    }

    internal BsdfTimestampColumn(long[] values, BsdfTimeUnit unit, string? timeZone, BsdfValidity? validity)
        : base(values, validity)
    {
        Type = BsdfColumnType.Timestamp(unit, timeZone);
    }

    /// <inheritdoc />
    public override BsdfColumnType Type { get; }

    /// <summary>The unit of the stored integers.</summary>
    public BsdfTimeUnit Unit => Type.Unit!.Value;

    /// <summary>The time zone name, or null.</summary>
    public string? TimeZone => Type.TimeZone;

    /// <summary>Creates a column of instants, stored as UTC.</summary>
    /// <param name="values">The instants.</param>
    /// <param name="unit">The unit to store (default microseconds; ticks are rounded down).</param>
    /// <param name="timeZone">The time zone name to record (default <c>UTC</c>).</param>
    /// <exception cref="OverflowException">An instant does not fit 64-bit nanoseconds.</exception>
    public static BsdfTimestampColumn FromInstants(ReadOnlySpan<DateTimeOffset> values, BsdfTimeUnit unit = BsdfTimeUnit.Microseconds, string? timeZone = "UTC") =>
        new(NullableValues.Convert(values, value => EpochTime.SinceEpoch(value.UtcTicks, unit)), unit, timeZone, null);

    /// <summary>Creates a column of instants, stored as UTC; null is a missing value.</summary>
    /// <param name="values">The instants.</param>
    /// <param name="unit">The unit to store (default microseconds; ticks are rounded down).</param>
    /// <param name="timeZone">The time zone name to record (default <c>UTC</c>).</param>
    /// <exception cref="OverflowException">An instant does not fit 64-bit nanoseconds.</exception>
    public static BsdfTimestampColumn FromInstants(ReadOnlySpan<DateTimeOffset?> values, BsdfTimeUnit unit = BsdfTimeUnit.Microseconds, string? timeZone = "UTC") =>
        new(NullableValues.Split(values, value => EpochTime.SinceEpoch(value.UtcTicks, unit), out var validity), unit, timeZone, validity);

    /// <summary>Creates a column of date-times, stored by their ticks as they are (whatever their kind), without a time zone.</summary>
    /// <param name="values">The date-times.</param>
    /// <param name="unit">The unit to store (default microseconds; ticks are rounded down).</param>
    /// <exception cref="OverflowException">A date-time does not fit 64-bit nanoseconds.</exception>
    public static BsdfTimestampColumn FromDateTimes(ReadOnlySpan<DateTime> values, BsdfTimeUnit unit = BsdfTimeUnit.Microseconds) =>
        new(NullableValues.Convert(values, value => EpochTime.SinceEpoch(value.Ticks, unit)), unit, null, null);

    /// <summary>Creates a column of date-times without a time zone; null is a missing value.</summary>
    /// <param name="values">The date-times.</param>
    /// <param name="unit">The unit to store (default microseconds; ticks are rounded down).</param>
    /// <exception cref="OverflowException">A date-time does not fit 64-bit nanoseconds.</exception>
    public static BsdfTimestampColumn FromDateTimes(ReadOnlySpan<DateTime?> values, BsdfTimeUnit unit = BsdfTimeUnit.Microseconds) =>
        new(NullableValues.Split(values, value => EpochTime.SinceEpoch(value.Ticks, unit), out var validity), unit, null, validity);

    /// <inheritdoc />
    /// <exception cref="BsdfException">The value is outside the years 1 to 9999 (read <c>Values</c> for the raw number).</exception>
    private protected override DateTimeOffset ToValue(long stored) => EpochTime.ToInstant(stored, Unit);
}
