using Xunit;

namespace BsdfGen.Tests.Temporal;

/// <summary>
/// Date-times keep their meaning through data frames in any local time zone. <c>.ci/run</c> runs this category
/// again under non-UTC <c>TZ</c> settings, where a local time and its UTC instant differ.
/// </summary>
[Trait("Category", "TimeZone")]
public sealed class FrameInstantTests
{
    private static readonly DateTime LocalNoon = new(2026, 1, 2, 12, 0, 0, DateTimeKind.Local);

    private static BsdfTimestampColumn RoundTrip(BsdfTimestampColumn column)
    {
        var frame = (BsdfDataFrame)Bsdf.Decode(Bsdf.Encode(new BsdfDataFrame().Add("t", column)))!;
        return frame.GetColumn<BsdfTimestampColumn>("t");
    }

    [Fact]
    public void Local_values_are_stored_as_their_UTC_instant()
    {
        var column = RoundTrip(BsdfTimestampColumn.FromDateTimes([LocalNoon]));

        Assert.Equal("UTC", column.TimeZone);
        var instant = new DateTimeOffset(LocalNoon);
        Assert.Equal(instant.ToUnixTimeMilliseconds() * 1000, column.Values[0]);
        Assert.Equal(instant, column[0]);
        var back = column.GetDateTime(0);
        Assert.Equal(DateTimeKind.Utc, back.Kind);
        Assert.Equal(LocalNoon.ToUniversalTime(), back);
        Assert.Equal(LocalNoon, back.ToLocalTime());
    }

    [Fact]
    public void Utc_and_local_values_share_a_UTC_column()
    {
        var utc = new DateTime(2026, 7, 1, 6, 30, 0, DateTimeKind.Utc);
        DateTime?[] values = [utc, null, LocalNoon];
        var column = RoundTrip(BsdfTimestampColumn.FromDateTimes(values));

        Assert.Equal("UTC", column.TimeZone);
        Assert.Equal([utc, null, LocalNoon.ToUniversalTime()], column.ToArray<DateTime?>());
        Assert.All(column.ToArray<DateTime?>().OfType<DateTime>(), value => Assert.Equal(DateTimeKind.Utc, value.Kind));
    }

    [Fact]
    public void Unspecified_values_are_wall_clock_times_without_a_zone()
    {
        var wallClock = new DateTime(2026, 3, 29, 2, 30, 0); // a time that does not exist in much of Europe: stored as written
        var column = RoundTrip(BsdfTimestampColumn.FromDateTimes([wallClock]));

        Assert.Null(column.TimeZone);
        Assert.Equal(new DateTimeOffset(wallClock, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000, column.Values[0]);
        var back = column.ToArray<DateTime>()[0];
        Assert.Equal(DateTimeKind.Unspecified, back.Kind);
        Assert.Equal(wallClock, back);
    }

    [Fact]
    public void Unspecified_and_instant_values_cannot_share_a_column()
    {
        var error = Assert.Throws<ArgumentException>(() => BsdfTimestampColumn.FromDateTimes([LocalNoon, new DateTime(2026, 1, 2)]));
        Assert.Contains("Unspecified", error.Message);
        Assert.Throws<ArgumentException>(() => BsdfColumn.Create(new DateTime?[] { DateTime.UtcNow, null, new DateTime(2026, 1, 2) }));
    }

    [Fact]
    public void Nanosecond_columns_keep_every_tick_and_the_default_rounds_down_to_microseconds()
    {
        var precise = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_567);

        Assert.Equal(precise, RoundTrip(BsdfTimestampColumn.FromDateTimes([precise], BsdfTimeUnit.Nanoseconds)).GetDateTime(0));
        Assert.Equal(precise.AddTicks(-7), RoundTrip(BsdfTimestampColumn.FromDateTimes([precise])).GetDateTime(0));
        var localPrecise = LocalNoon.AddTicks(3);
        Assert.Equal(localPrecise.ToUniversalTime(), RoundTrip(BsdfTimestampColumn.FromDateTimes([localPrecise], BsdfTimeUnit.Nanoseconds)).GetDateTime(0));
    }

    [Fact]
    public void Offsets_keep_their_instant_in_a_column()
    {
        var instant = new DateTimeOffset(2026, 1, 2, 12, 0, 0, TimeSpan.FromHours(5.5));
        var column = RoundTrip(BsdfTimestampColumn.FromInstants([instant]));

        Assert.Equal(instant, column[0]);
        Assert.Equal(instant.UtcDateTime, column.ToArray<DateTime>()[0]);
    }

    [Fact]
    public void A_missing_row_has_no_date_time()
    {
        var column = BsdfTimestampColumn.FromDateTimes([(DateTime?)null]);
        Assert.Throws<InvalidOperationException>(() => column.GetDateTime(0));
    }
}
