using BsdfGen.Benchmarks.Dto;
using static BsdfGen.Benchmarks.Checks.SameProcessTimer;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>The DTO targets: BsdfGen against System.Text.Json and Protobuf, and no allocation when serializing.</summary>
public static class DtoChecks
{
    public static IEnumerable<CheckResult> Run()
    {
        var dto = new DtoBenchmarks { Size = "Small" };
        dto.Setup();
        var versusJson = MedianSpeedup(() => dto.RoundTripBsdfGen(), () => dto.RoundTripStjSourceGen());
        yield return new("Small DTO serialize+deserialize vs System.Text.Json source gen (≥ 4× faster)", $"{versusJson:0.00}× faster", versusJson >= 4);
        var versusProtobuf = MedianSpeedup(() => dto.RoundTripBsdfGen(), () => dto.RoundTripProtobuf());
        yield return new("Small DTO serialize+deserialize vs Google.Protobuf (faster)", $"{versusProtobuf:0.00}× faster", versusProtobuf > 1);
        var allocated = AllocatedPerCall(() => dto.SerializeBsdfGen());
        yield return new("Small DTO serialize into a reused IBufferWriter<byte> (0 B)", $"{allocated} B per call", allocated == 0);
    }
}
