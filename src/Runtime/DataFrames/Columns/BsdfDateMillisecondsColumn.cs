using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>A <c>date[ms]</c> column: milliseconds since 1970-01-01T00:00 stored as <see cref="long"/>, read as UTC <see cref="DateTime"/>.</summary>
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

    /// <summary>Creates a column from date-times (their ticks as they are, whatever their kind; rounded down to milliseconds).</summary>
    /// <param name="values">The date-times.</param>
    public static BsdfDateMillisecondsColumn FromDateTimes(ReadOnlySpan<DateTime> values) => new(NullableValues.Convert(values, ToMilliseconds), null);

    /// <summary>Creates a column from date-times; null is a missing value.</summary>
    /// <param name="values">The date-times.</param>
    public static BsdfDateMillisecondsColumn FromDateTimes(ReadOnlySpan<DateTime?> values) =>
        new(NullableValues.Split(values, ToMilliseconds, out var validity), validity);

    /// <inheritdoc />
    /// <exception cref="BsdfException">The value is outside the years 1 to 9999 (read <c>Values</c> for the raw number).</exception>
    private protected override DateTime ToValue(long stored) => EpochTime.ToInstant(stored, BsdfTimeUnit.Milliseconds).UtcDateTime;

    private static long ToMilliseconds(DateTime value) => EpochTime.SinceEpoch(value.Ticks, BsdfTimeUnit.Milliseconds);
}
