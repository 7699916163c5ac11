using System.Globalization;
using Xunit;

namespace BsdfGen.Tests.Temporal;

/// <summary>Date-times given to the dynamic encoder are written as ISO 8601 text that names their instant.</summary>
[Trait("Category", "TimeZone")]
public sealed class DynamicInstantTests
{
    [Fact]
    public void A_local_value_is_written_with_its_offset()
    {
        var local = new DateTime(2026, 1, 2, 12, 0, 0, DateTimeKind.Local);
        var text = (string)Bsdf.Decode(Bsdf.Encode(local))!;

        var offset = TimeZoneInfo.Local.GetUtcOffset(local);
        Assert.EndsWith(offset == TimeSpan.Zero ? "+00:00" : offset.ToString("hh\\:mm", CultureInfo.InvariantCulture), text);
        Assert.Equal(new DateTimeOffset(local), DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Utc_values_end_in_Z_and_offsets_are_kept()
    {
        var utc = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1);
        Assert.Equal("2026-06-01T00:00:00.0000001Z", Bsdf.Decode(Bsdf.Encode(utc)));

        var offset = new DateTimeOffset(2026, 1, 2, 12, 0, 0, TimeSpan.FromHours(-3));
        Assert.Equal("2026-01-02T12:00:00.0000000-03:00", Bsdf.Decode(Bsdf.Encode(offset)));
    }
}
