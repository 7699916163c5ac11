using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

/// <summary>
/// The CLI's JSON names the instant of a timestamp in any local time zone (<c>.ci/run</c> runs this category under
/// non-UTC <c>TZ</c> settings too): UTC columns end in <c>Z</c>, wall-clock columns have no zone.
/// </summary>
[Trait("Category", "TimeZone")]
public sealed class TimeZoneTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Frame_timestamps_convert_to_the_same_instant()
    {
        var local = new DateTime(2026, 1, 2, 12, 0, 0, DateTimeKind.Local);
        var frame = new BsdfDataFrame()
            .Add("local", BsdfTimestampColumn.FromDateTimes([local]))
            .Add("wall", BsdfTimestampColumn.FromDateTimes([new DateTime(2026, 1, 2, 12, 0, 0)]));
        Bsdf.Save(_dir["frame.bsdf"], frame);

        _dir.Run("convert", "frame.bsdf", "frame.json").AssertSuccess();

        var utc = local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($$"""{"local": ["{{utc}}.000000Z"], "wall": ["2026-01-02T12:00:00.000000"]}""", File.ReadAllText(_dir["frame.json"]).Trim());
    }
}
