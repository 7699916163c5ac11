using BsdfGen.Benchmarks.Dto;
using static BsdfGen.Benchmarks.Reporting.TargetResult;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>The DTO targets of a full run.</summary>
public static class DtoTargets
{
    public static IEnumerable<TargetResult> Evaluate(IReadOnlyList<Measurement> measured)
    {
        foreach (var size in new[] { "Small", "Medium" })
        {
            var parameters = $"Size={size}";
            foreach (var (category, ours, theirs) in new[]
            {
                (DtoBenchmarks.Serialize, nameof(DtoBenchmarks.SerializeBsdfGen), nameof(DtoBenchmarks.SerializeMemoryPack)),
                (DtoBenchmarks.Deserialize, nameof(DtoBenchmarks.DeserializeBsdfGen), nameof(DtoBenchmarks.DeserializeMemoryPack)),
                (DtoBenchmarks.RoundTrip, nameof(DtoBenchmarks.RoundTripBsdfGen), nameof(DtoBenchmarks.RoundTripMemoryPack)),
            })
            {
                yield return TimeRatio(
                    $"{size} DTO {category["DTO ".Length..]}: BsdfGen vs MemoryPack",
                    Measurements.Find(measured, category, parameters, ours),
                    Measurements.Find(measured, category, parameters, theirs),
                    1.2, "≤ 1.2× its time");
            }
        }

        const string small = "Size=Small";
        var bsdfRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripBsdfGen));
        var stjRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripStjSourceGen));
        var protoRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripProtobuf));
        yield return Speedup("Small DTO round trip: BsdfGen vs System.Text.Json source gen", bsdfRoundTrip, stjRoundTrip, 4, "≥ 4× faster");
        yield return Speedup("Small DTO round trip: BsdfGen vs Google.Protobuf", bsdfRoundTrip, protoRoundTrip, 1, "faster (> 1×)", strictlyFaster: true);

        foreach (var size in new[] { "Small", "Medium" })
        {
            var serialize = Measurements.Find(measured, DtoBenchmarks.SerializeReused, $"Size={size}", nameof(DtoBenchmarks.SerializeReusedBsdfGen));
            yield return new TargetResult(
                $"{size} DTO: BsdfGen serialize into a reused IBufferWriter<byte> allocates nothing",
                "0 B per operation",
                serialize is null ? "—" : Format.Bytes(serialize.AllocatedBytes),
                serialize?.AllocatedBytes is { } bytes ? bytes == 0 : null);
        }
    }
}
