using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>
/// Contract members keep the instant of every date-time in any local time zone (<c>.ci/run</c> runs this category
/// under non-UTC <c>TZ</c> settings too). <see cref="DateTime"/> follows System.Text.Json: UTC values end in <c>Z</c>,
/// local ones carry their offset, and text with an offset reads back as the same instant in local time.
/// </summary>
[Trait("Category", "TimeZone")]
public sealed class TimeZoneTests
{
    private static readonly DateTime LocalNoon = new(2026, 1, 2, 12, 0, 0, DateTimeKind.Local);

    [Fact]
    public void Local_utc_and_unspecified_values_round_trip_with_their_kind()
    {
        var utc = new DateTime(2026, 7, 1, 6, 30, 0, DateTimeKind.Utc).AddTicks(5);
        var unspecified = new DateTime(2026, 3, 29, 2, 30, 0);
        var moment = new Moment(LocalNoon, new DateTimeOffset(LocalNoon), utc);

        var back = Bsdf.Deserialize<Moment>(Bsdf.Serialize(moment))!;

        Assert.Equal(DateTimeKind.Local, back.When.Kind);
        Assert.Equal(LocalNoon.ToUniversalTime(), back.When.ToUniversalTime());
        Assert.Equal(moment.WhenOffset, back.WhenOffset);
        Assert.Equal(moment.WhenOffset.Offset, back.WhenOffset.Offset);
        Assert.Equal(DateTimeKind.Utc, back.Maybe!.Value.Kind);
        Assert.Equal(utc, back.Maybe);

        var wall = Bsdf.Deserialize<Moment>(Bsdf.Serialize(moment with { When = unspecified }))!;
        Assert.Equal(DateTimeKind.Unspecified, wall.When.Kind);
        Assert.Equal(unspecified, wall.When);
    }

    [Fact]
    public void Python_isoformat_text_with_an_offset_keeps_its_instant()
    {
        // What Python's datetime.isoformat() writes for an aware value, and for a UTC one.
        var bytes = Bsdf.Encode(new BsdfMap
        {
            ["When"] = "2026-01-02T12:00:00+05:30",
            ["WhenOffset"] = "2026-01-02T12:00:00.250000+05:30",
            ["Maybe"] = "2026-01-02T06:30:00+00:00",
        });

        var moment = Bsdf.Deserialize<Moment>(bytes)!;

        var instant = new DateTimeOffset(2026, 1, 2, 12, 0, 0, TimeSpan.FromHours(5.5));
        Assert.Equal(DateTimeKind.Local, moment.When.Kind);
        Assert.Equal(instant.UtcDateTime, moment.When.ToUniversalTime());
        Assert.Equal(instant.AddMilliseconds(250), moment.WhenOffset);
        Assert.Equal(TimeSpan.FromHours(5.5), moment.WhenOffset.Offset);
        Assert.Equal(instant.UtcDateTime, moment.Maybe!.Value.ToUniversalTime());
    }

    [Fact]
    public void Contract_rows_through_a_frame_keep_their_instants()
    {
        var utc = new DateTime(2026, 7, 1, 6, 30, 0, DateTimeKind.Utc);
        List<TimedSample> rows = [new(1, LocalNoon, null), new(2, utc, LocalNoon.AddHours(1))];

        var frame = (BsdfDataFrame)Bsdf.Decode(Bsdf.Encode(rows.ToDataFrame()))!;
        var back = frame.ToRows<TimedSample>();

        Assert.Equal("timestamp[us, UTC]", frame["Taken"].Type.ToString());
        Assert.Equal([LocalNoon.ToUniversalTime(), utc], back.Select(row => row.Taken));
        Assert.Equal([null, LocalNoon.AddHours(1).ToUniversalTime()], back.Select(row => row.Checked));
        Assert.All(back, row => Assert.Equal(DateTimeKind.Utc, row.Taken.Kind));
    }

    [Fact]
    public void Contract_rows_of_wall_clock_times_stay_wall_clock_times()
    {
        List<TimedSample> rows = [new(1, new DateTime(2026, 1, 2, 12, 0, 0), null)];

        var frame = rows.ToDataFrame();
        var back = frame.ToRows<TimedSample>();

        Assert.Equal("timestamp[us]", frame["Taken"].Type.ToString());
        Assert.Equal(new DateTime(2026, 1, 2, 12, 0, 0), back[0].Taken);
        Assert.Equal(DateTimeKind.Unspecified, back[0].Taken.Kind);
    }
}
