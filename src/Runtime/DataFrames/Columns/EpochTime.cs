namespace BsdfGen.DataFrames;

/// <summary>Conversions between integers counted in a <see cref="BsdfTimeUnit"/> and .NET ticks (100 ns).</summary>
internal static class EpochTime
{
    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) of 1970-01-01.</summary>
    public const int EpochDayNumber = 719162;

    /// <summary>The ticks of <paramref name="value"/> units, rounded down; throws <see cref="OverflowException"/> when they do not fit.</summary>
    public static long ToTicks(long value, BsdfTimeUnit unit) => unit switch
    {
        BsdfTimeUnit.Seconds => checked(value * TimeSpan.TicksPerSecond),
        BsdfTimeUnit.Milliseconds => checked(value * TimeSpan.TicksPerMillisecond),
        BsdfTimeUnit.Microseconds => checked(value * 10),
        _ => FloorDivide(value, 100),
    };

    /// <summary>The number of <paramref name="unit"/>s in <paramref name="ticks"/>, rounded down; throws <see cref="OverflowException"/> for nanoseconds out of range.</summary>
    public static long FromTicks(long ticks, BsdfTimeUnit unit) => unit switch
    {
        BsdfTimeUnit.Seconds => FloorDivide(ticks, TimeSpan.TicksPerSecond),
        BsdfTimeUnit.Milliseconds => FloorDivide(ticks, TimeSpan.TicksPerMillisecond),
        BsdfTimeUnit.Microseconds => FloorDivide(ticks, 10),
        _ => checked(ticks * 100),
    };

    /// <summary>Integer division rounded towards negative infinity.</summary>
    public static long FloorDivide(long dividend, long divisor)
    {
        var quotient = dividend / divisor;
        return dividend % divisor != 0 && (dividend < 0) != (divisor < 0) ? quotient - 1 : quotient;
    }

    /// <summary>The UTC instant <paramref name="value"/> units after 1970-01-01T00:00Z.</summary>
    /// <exception cref="BsdfException">The instant is outside the years 1 to 9999 (the raw number stays readable).</exception>
    public static DateTimeOffset ToInstant(long value, BsdfTimeUnit unit)
    {
        try
        {
            return new DateTimeOffset(checked(DateTime.UnixEpoch.Ticks + ToTicks(value, unit)), TimeSpan.Zero);
        }
        catch (Exception error) when (error is OverflowException or ArgumentOutOfRangeException)
        {
            throw new BsdfException(
                $"{value} {BsdfColumnType.UnitSuffix(unit)} since the epoch is outside the range of DateTimeOffset; read the raw number from the column's Values instead");
        }
    }

    /// <summary>The number of <paramref name="unit"/>s from 1970-01-01T00:00 to <paramref name="ticks"/> (ticks since 0001-01-01).</summary>
    public static long SinceEpoch(long ticks, BsdfTimeUnit unit) => FromTicks(ticks - DateTime.UnixEpoch.Ticks, unit);
}
