namespace BsdfGen.DataFrames;

/// <summary>
/// How <see cref="DateTime"/> values of one column are stored so that none changes meaning: UTC and local values are
/// instants (local ones converted to UTC) in a column labelled <c>UTC</c>; unspecified values are wall-clock times in
/// a column without a time zone. One column cannot mix the two, since nothing could tell them apart when read.
/// </summary>
internal static class DateTimeInstants
{
    /// <summary>The time zone label of a column holding <paramref name="values"/>: <c>UTC</c>, or null for wall-clock times.</summary>
    /// <exception cref="ArgumentException">The values mix unspecified with UTC or local kinds.</exception>
    public static string? ZoneOf(ReadOnlySpan<DateTime> values)
    {
        var kinds = Kinds.None;
        foreach (var value in values)
        {
            kinds |= KindOf(value);
        }

        return Label(kinds);
    }

    /// <summary>The time zone label of a column holding <paramref name="values"/> (missing values aside).</summary>
    /// <exception cref="ArgumentException">The values mix unspecified with UTC or local kinds.</exception>
    public static string? ZoneOf(ReadOnlySpan<DateTime?> values)
    {
        var kinds = Kinds.None;
        foreach (var value in values)
        {
            if (value is { } present)
            {
                kinds |= KindOf(present);
            }
        }

        return Label(kinds);
    }

    /// <summary>The ticks to store: a local time's UTC instant, any other value's own ticks.</summary>
    public static long StoredTicks(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime().Ticks : value.Ticks;

    /// <summary>The <see cref="DateTime"/> read back from a stored timestamp: UTC for a labelled column, unspecified for a wall-clock one.</summary>
    public static DateTime FromStored(DateTimeOffset stored, bool wallClock) =>
        wallClock ? DateTime.SpecifyKind(stored.UtcDateTime, DateTimeKind.Unspecified) : stored.UtcDateTime;

    private static Kinds KindOf(DateTime value) => value.Kind == DateTimeKind.Unspecified ? Kinds.WallClock : Kinds.Instant;

    private static string? Label(Kinds kinds) => kinds switch
    {
        Kinds.WallClock => null,
        Kinds.Both => throw new ArgumentException(
            "The date-times mix DateTimeKind.Unspecified with UTC or local values: a column holds either instants (UTC or local, " +
            "stored as UTC) or wall-clock times (unspecified); use DateTime.SpecifyKind or ToUniversalTime to make them one kind"),
        _ => "UTC",
    };

    [Flags]
    private enum Kinds
    {
        None = 0,
        Instant = 1,
        WallClock = 2,
        Both = Instant | WallClock,
    }
}
