using BsdfGen.Benchmarks.Arrays;
using static BsdfGen.Benchmarks.Checks.SameProcessTimer;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// The large-value targets: every public path at least 0.9× the speed of its physical limit (the value's bytes copied
/// once, into arrays allocated without zeroing, or written to / read from the same stream or file), and level with
/// MemoryPack (at most 1.1× its time). The round trip through a new <c>byte[]</c> — <c>Bsdf.Serialize</c> then
/// <c>Bsdf.Deserialize</c>, what users call — of a <c>double[]</c> at 1, 64 and 256 MiB (and 1 GiB with
/// <c>BSDFGEN_CHECK_GIB=1</c>), the other value kinds and every other path at 64 MiB.
/// </summary>
public static class ArrayChecks
{
    public const string GibVariable = "BSDFGEN_CHECK_GIB";

    private const double VersusCopy = 0.9;
    private const double VersusMemoryPack = 1.1;

    public static IEnumerable<CheckResult> Run()
    {
        int[] sizes = Environment.GetEnvironmentVariable(GibVariable) == "1" ? [1, 64, 256, 1024] : [1, 64, 256];
        foreach (var mib in sizes)
        {
            // The arrays of the previous size are gone before this one is measured.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var doubles = new LargeValueCase<double[]>(mib, everyPath: mib == 64);
            foreach (var result in Compare($"{mib} MiB double[] Serialize→byte[]→Deserialize", doubles.RoundTripBsdfGen, doubles.RoundTripCopy, doubles.RoundTripMemoryPack))
            {
                yield return result;
            }

            if (mib != 64)
            {
                continue;
            }

            var paths = new (string Name, Func<object> Ours, Func<object> Copy, Func<object> MemoryPack)[]
            {
                ("Serialize to a new byte[]", doubles.SerializeBsdfGen, doubles.SerializeCopy, doubles.SerializeMemoryPack),
                ("Deserialize from byte[]", doubles.DeserializeBsdfGen, doubles.DeserializeCopy, doubles.DeserializeMemoryPack),
                ("Serialize to a reused IBufferWriter", () => doubles.BufferWriterBsdfGen(), () => doubles.BufferWriterCopy(), () => doubles.BufferWriterMemoryPack()),
                ("Serialize to a MemoryStream", () => doubles.StreamWriteBsdfGen(), () => doubles.StreamWriteCopy(), () => doubles.StreamWriteMemoryPack()),
                ("Deserialize from a MemoryStream", doubles.StreamReadBsdfGen, doubles.StreamReadCopy, doubles.StreamReadMemoryPack),
                ("Serialize to a file", () => doubles.FileWriteBsdfGen(), () => doubles.FileWriteCopy(), () => doubles.FileWriteMemoryPack()),
                ("Deserialize from a file", doubles.FileReadBsdfGen, doubles.FileReadCopy, doubles.FileReadMemoryPack),
                ("DeserializeAsync from a file", doubles.FileReadAsyncBsdfGen, doubles.FileReadCopy, doubles.FileReadMemoryPack),
            };
            foreach (var (name, ours, copy, memoryPack) in paths)
            {
                foreach (var result in Compare($"64 MiB double[] {name}", ours, copy, memoryPack))
                {
                    yield return result;
                }
            }

            foreach (var kind in new[] { "float[,]", "byte[]", "contract" })
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                using var value = LargeValueKindBenchmarks.Create(kind, mib);
                foreach (var result in Compare($"64 MiB {kind} Serialize→byte[]→Deserialize", value.RoundTripBsdfGen, value.RoundTripCopy, value.RoundTripMemoryPack))
                {
                    yield return result;
                }
            }
        }
    }

    private static IEnumerable<CheckResult> Compare(string path, Func<object> ours, Func<object> copy, Func<object> memoryPack)
    {
        var versusCopy = MedianSpeedup(ours, copy);
        yield return new($"{path} vs allocate-uninitialized+copy (≥ {VersusCopy}× its speed)", $"{versusCopy:0.00}× its speed", versusCopy >= VersusCopy);
        var versusMemoryPack = MedianTimeRatio(ours, memoryPack);
        yield return new($"{path} vs MemoryPack (≤ {VersusMemoryPack}× its time)", $"{versusMemoryPack:0.00}× its time", versusMemoryPack <= VersusMemoryPack);
    }
}
