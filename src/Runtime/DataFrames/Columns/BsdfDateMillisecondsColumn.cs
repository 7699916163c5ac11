using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// A <c>date[ms]</c> column: calendar dates (with a time of day, if any) as milliseconds since 1970-01-01T00:00 stored
/// as <see cref="long"/>. A date has no time zone: values are stored as their calendar reads, and read back as
/// <see cref="DateTimeKind.Unspecified"/> <see cref="DateTime"/>s. For instants, use a <see cref="BsdfTimestampColumn"/>.
/// </summary>
public sealed class BsdfDateMillisecondsColumn : BsdfFixedWidthColumn<long, DateTime>
{
    /// <summary>Creates a column from millisecond counts (copied).</summary>
    /// <param name="millisecondsSinceEpoch">Milliseconds since 1970-01-01T00:00 of every row (any value in missing rows).</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    public BsdfDateMillisecondsColumn(ReadOnlySpan<long> millisecondsSinceEpoch, BsdfValidity? validity = null)
        : this(millisecondsSinceEpoch.ToArray(), validity)
    {
    }

    internal BsdfDateMillisecondsColumn(long[] millisecondsSinceEpoch, BsdfValidity? validity)
        : base(millisecondsSinceEpoch, validity)
    {
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => BsdfColumnType.DateMilliseconds;

    /// <summary>Creates a column from the calendar dates and times of date-times as they read, whatever their kind (rounded down to milliseconds).</summary>
    /// <param name="values">The date-times.</param>
    public static BsdfDateMillisecondsColumn FromDateTimes(ReadOnlySpan<DateTime> values) => new(NullableValues.Convert(values, ToMilliseconds), null);

    /// <summary>Creates a column from date-times; null is a missing value.</summary>
    /// <param name="values">The date-times.</param>
    public static BsdfDateMillisecondsColumn FromDateTimes(ReadOnlySpan<DateTime?> values) =>
        new(NullableValues.Split(values, ToMilliseconds, out var validity), validity);

    /// <inheritdoc />
    /// <exception cref="BsdfException">The value is outside the years 1 to 9999 (read <c>Values</c> for the raw number).</exception>
    private protected override DateTime ToValue(long stored) => EpochTime.ToInstant(stored, BsdfTimeUnit.Milliseconds).DateTime;

    private static long ToMilliseconds(DateTime value) => EpochTime.SinceEpoch(value.Ticks, BsdfTimeUnit.Milliseconds);
}
