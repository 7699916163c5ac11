using BsdfGen.Benchmarks.Dto;
using static BsdfGen.Benchmarks.Checks.SameProcessTimer;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// The DTO targets: BsdfGen within 1.2× of MemoryPack's time (serialize to a new byte[], deserialize, round trip) on
/// the small and medium order, within 1.5× on the other shapes, ahead of System.Text.Json and Protobuf, and no
/// allocation beyond the result.
/// </summary>
public static class DtoChecks
{
    private const double MemoryPackLimit = 1.2;
    private const double OtherShapesLimit = 1.5;

    public static IEnumerable<CheckResult> Run()
    {
        foreach (var size in new[] { "Small", "Medium" })
        {
            var dto = new DtoBenchmarks { Size = size };
            dto.Setup();
            yield return VersusMemoryPack($"{size} DTO serialize to byte[]", () => dto.SerializeBsdfGen(), () => dto.SerializeMemoryPack());
            yield return VersusMemoryPack($"{size} DTO deserialize", () => dto.DeserializeBsdfGen(), () => dto.DeserializeMemoryPack());
            yield return VersusMemoryPack($"{size} DTO round trip", () => dto.RoundTripBsdfGen(), () => dto.RoundTripMemoryPack());

            var resultBytes = dto.SerializeBsdfGen().Length;
            var allocated = AllocatedPerCall(() => dto.SerializeBsdfGen());
            var beyondResult = allocated - ArrayAllocation(resultBytes);
            yield return new($"{size} DTO serialize to byte[] allocates only the result (0 B beyond it)", $"{beyondResult} B beyond the {resultBytes} B result", beyondResult <= 0);
            var reused = AllocatedPerCall(() => dto.SerializeReusedBsdfGen());
            yield return new($"{size} DTO serialize into a reused IBufferWriter<byte> (0 B)", $"{reused} B per call", reused == 0);
        }

        var shapes = new ShapeBenchmarks();
        yield return VersusMemoryPack("Reading round trip", () => shapes.ReadingBsdfGen(), () => shapes.ReadingMemoryPack(), OtherShapesLimit);
        yield return VersusMemoryPack("Numbers round trip", () => shapes.NumbersBsdfGen(), () => shapes.NumbersMemoryPack(), OtherShapesLimit);
        yield return VersusMemoryPack("Record round trip", () => shapes.RecordBsdfGen(), () => shapes.RecordMemoryPack(), OtherShapesLimit);

        var small = new DtoBenchmarks { Size = "Small" };
        small.Setup();
        var versusJson = MedianSpeedup(() => small.RoundTripBsdfGen(), () => small.RoundTripStjSourceGen());
        yield return new("Small DTO round trip vs System.Text.Json source gen (≥ 4× faster)", $"{versusJson:0.00}× faster", versusJson >= 4);
        var versusProtobuf = MedianSpeedup(() => small.RoundTripBsdfGen(), () => small.RoundTripProtobuf());
        yield return new("Small DTO round trip vs Google.Protobuf (faster)", $"{versusProtobuf:0.00}× faster", versusProtobuf > 1);
    }

    private static CheckResult VersusMemoryPack<TOurs, TTheirs>(string what, Func<TOurs> ours, Func<TTheirs> memoryPack, double limit = MemoryPackLimit)
    {
        var ratio = MedianTimeRatio(ours, memoryPack);
        return new($"{what} vs MemoryPack (≤ {limit}× its time)", $"{ratio:0.00}× its time", ratio <= limit);
    }

    /// <summary>What a byte[] of <paramref name="length"/> costs on the 64-bit heap: header, method table, length, payload rounded to 8.</summary>
    private static long ArrayAllocation(int length) => 24 + ((length + 7) & ~7);
}
