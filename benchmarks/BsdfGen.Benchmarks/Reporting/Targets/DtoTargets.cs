using BsdfGen.Benchmarks.Dto;
using static BsdfGen.Benchmarks.Reporting.TargetResult;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>The DTO targets of a full run.</summary>
public static class DtoTargets
{
    public static IEnumerable<TargetResult> Evaluate(IReadOnlyList<Measurement> measured)
    {
        const string small = "Size=Small";
        var bsdfRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripBsdfGen));
        var stjRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripStjSourceGen));
        var protoRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripProtobuf));
        yield return Speedup("Small DTO serialize+deserialize: BsdfGen vs System.Text.Json source gen", bsdfRoundTrip, stjRoundTrip, 4, "≥ 4× faster");
        yield return Speedup("Small DTO serialize+deserialize: BsdfGen vs Google.Protobuf", bsdfRoundTrip, protoRoundTrip, 1, "faster (> 1×)", strictlyFaster: true);

        foreach (var size in new[] { "Small", "Medium" })
        {
            var serialize = Measurements.Find(measured, DtoBenchmarks.Serialize, $"Size={size}", nameof(DtoBenchmarks.SerializeBsdfGen));
            yield return new TargetResult(
                $"{size} DTO: BsdfGen serialize into a reused IBufferWriter<byte> allocates nothing",
                "0 B per operation",
                serialize is null ? "—" : Format.Bytes(serialize.AllocatedBytes),
                serialize?.AllocatedBytes is { } bytes ? bytes == 0 : null);
        }
    }
}
