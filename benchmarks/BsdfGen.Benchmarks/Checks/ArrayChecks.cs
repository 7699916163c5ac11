using BsdfGen.Benchmarks.Arrays;
using static BsdfGen.Benchmarks.Checks.SameProcessTimer;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>The large-array targets: BsdfGen against allocating an array and copying the bytes into it.</summary>
public static class ArrayChecks
{
    public static IEnumerable<CheckResult> Run()
    {
        var arrays = new LargeArrayBenchmarks { MiB = 64 };
        arrays.Setup();
        try
        {
            var versusCopy = MedianSpeedup(() => arrays.RoundTripBsdfGen(), () => arrays.RoundTripCopy());
            yield return new("64 MiB double[] round trip vs allocate-and-copy (≥ 0.8× its speed)", $"{versusCopy:0.00}× its speed", versusCopy >= 0.8);
        }
        finally
        {
            arrays.Cleanup();
        }
    }
}
