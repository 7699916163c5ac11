using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// A <c>timestamp[s|ms|us|ns]</c> column: integers since 1970-01-01T00:00 in <see cref="Unit"/>, with an optional
/// <see cref="TimeZone"/>, read as <see cref="DateTimeOffset"/> (offset zero; nanoseconds rounded down to ticks). With
/// a time zone the integers count from 1970-01-01T00:00Z (instants); without one they are wall-clock times.
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

    /// <summary>
    /// Creates a column over integer timestamps without copying them: the column takes the array as its storage, so the
    /// caller must not change it afterwards (columns are immutable).
    /// </summary>
    /// <param name="values">The timestamp of every row in <paramref name="unit"/>s since the epoch (any value in missing rows), from now on owned by the column.</param>
    /// <param name="unit">The unit of the integers.</param>
    /// <param name="timeZone">A time zone name (e.g. <c>UTC</c>) or null for none.</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    public static BsdfTimestampColumn Wrap(long[] values, BsdfTimeUnit unit, string? timeZone = null, BsdfValidity? validity = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(values, unit, timeZone, validity);
    }

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

    /// <summary>
    /// Creates a column of date-times that keeps what each one means: UTC and local values are instants, stored as UTC
    /// (local ones converted with <see cref="DateTime.ToUniversalTime"/>) in a column labelled <c>UTC</c>;
    /// <see cref="DateTimeKind.Unspecified"/> values are wall-clock times, stored as they read in a column without a time
    /// zone (pandas reads it as naive <c>datetime64</c>). Reading back gives UTC or unspecified values accordingly.
    /// </summary>
    /// <param name="values">The date-times, all instants or all unspecified.</param>
    /// <param name="unit">
    /// The unit to store. The default, microseconds, drops the last digit of .NET's 100 ns ticks (rounding down);
    /// <see cref="BsdfTimeUnit.Nanoseconds"/> keeps every tick for the years 1677 to 2262.
    /// </param>
    /// <exception cref="ArgumentException">The values mix unspecified with UTC or local kinds.</exception>
    /// <exception cref="OverflowException">A date-time does not fit 64-bit nanoseconds.</exception>
    public static BsdfTimestampColumn FromDateTimes(ReadOnlySpan<DateTime> values, BsdfTimeUnit unit = BsdfTimeUnit.Microseconds) =>
        new(NullableValues.Convert(values, value => EpochTime.SinceEpoch(DateTimeInstants.StoredTicks(value), unit)), unit, DateTimeInstants.ZoneOf(values), null);

    /// <summary>Creates a column of date-times that keeps what each one means (see <see cref="FromDateTimes(ReadOnlySpan{DateTime}, BsdfTimeUnit)"/>); null is a missing value.</summary>
    /// <param name="values">The date-times, all instants or all unspecified.</param>
    /// <param name="unit">The unit to store (default microseconds, rounding ticks down; nanoseconds keep them).</param>
    /// <exception cref="ArgumentException">The values mix unspecified with UTC or local kinds.</exception>
    /// <exception cref="OverflowException">A date-time does not fit 64-bit nanoseconds.</exception>
    public static BsdfTimestampColumn FromDateTimes(ReadOnlySpan<DateTime?> values, BsdfTimeUnit unit = BsdfTimeUnit.Microseconds) =>
        new(NullableValues.Split(values, value => EpochTime.SinceEpoch(DateTimeInstants.StoredTicks(value), unit), out var validity), unit, DateTimeInstants.ZoneOf(values), validity);

    /// <summary>
    /// The <see cref="DateTime"/> of a present row: a UTC value when the column has a time zone (the same instant), an
    /// unspecified wall-clock value when it has none; ticks finer than the unit are not there to return.
    /// </summary>
    /// <param name="row">The row, which must hold a value.</param>
    /// <exception cref="InvalidOperationException">The row is missing.</exception>
    /// <exception cref="BsdfException">The value is outside the years 1 to 9999 (read <c>Values</c> for the raw number).</exception>
    public DateTime GetDateTime(int row) =>
        this[row] is { } instant
            ? DateTimeInstants.FromStored(instant, wallClock: TimeZone is null)
            : throw new InvalidOperationException($"Row {row} of the {Type} column is missing");

    /// <inheritdoc />
    /// <exception cref="BsdfException">The value is outside the years 1 to 9999 (read <c>Values</c> for the raw number).</exception>
    private protected override DateTimeOffset ToValue(long stored) => EpochTime.ToInstant(stored, Unit);
}
