using System.Diagnostics;
using BsdfGen.Benchmarks.Arrays;
using BsdfGen.Benchmarks.Dto;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// The DTO and large-array targets checked in one process, without BenchmarkDotNet: each sample times ours, then the
/// baseline, then ours again, and the ratio of that sample compares the baseline with the mean of the two. The median
/// over many samples is reported, so drift on a shared machine (which moves both sides of a sample together) cancels.
/// </summary>
public static class SameProcessCheck
{
    private const int Samples = 41;
    private const int WarmUpRounds = 4;
    private static readonly TimeSpan WarmUpRound = TimeSpan.FromMilliseconds(750);
    private static readonly TimeSpan SampleTime = TimeSpan.FromMilliseconds(4);

    /// <summary>Runs the check, prints one line per target, and returns 0 when every target is met.</summary>
    public static int Run(TextWriter output)
    {
        output.WriteLine($"Same-process check: {Samples} interleaved samples per target, median ratio; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        var results = new List<(string Target, string Measured, bool Met)>();

        var dto = new DtoBenchmarks { Size = "Small" };
        dto.Setup();
        var versusJson = MedianSpeedup(() => dto.RoundTripBsdfGen(), () => dto.RoundTripStjSourceGen());
        results.Add(("Small DTO serialize+deserialize vs System.Text.Json source gen (≥ 4× faster)", $"{versusJson:0.00}× faster", versusJson >= 4));
        var versusProtobuf = MedianSpeedup(() => dto.RoundTripBsdfGen(), () => dto.RoundTripProtobuf());
        results.Add(("Small DTO serialize+deserialize vs Google.Protobuf (faster)", $"{versusProtobuf:0.00}× faster", versusProtobuf > 1));
        var allocated = AllocatedPerCall(() => dto.SerializeBsdfGen());
        results.Add(("Small DTO serialize into a reused IBufferWriter<byte> (0 B)", $"{allocated} B per call", allocated == 0));

        var arrays = new LargeArrayBenchmarks { MiB = 64 };
        arrays.Setup();
        var versusCopy = MedianSpeedup(() => arrays.RoundTripBsdfGen(), () => arrays.RoundTripCopy());
        results.Add(("64 MiB double[] round trip vs allocate-and-copy (≥ 0.8× its speed)", $"{versusCopy:0.00}× its speed", versusCopy >= 0.8));
        arrays.Cleanup();

        foreach (var (target, measured, met) in results)
        {
            output.WriteLine($"  [{(met ? "met" : "MISSED"),-6}] {target}: {measured}");
        }

        return results.All(result => result.Met) ? 0 : 1;
    }

    /// <summary>The median of baseline time / our time over interleaved samples (above 1: ours is faster).</summary>
    private static double MedianSpeedup<TOurs, TBaseline>(Func<TOurs> ours, Func<TBaseline> baseline)
    {
        var oursCalls = CallsPerSample(ours);
        var baselineCalls = CallsPerSample(baseline);
        var ratios = new double[Samples];
        for (var sample = 0; sample < Samples; sample++)
        {
            var before = TimePerCall(ours, oursCalls);
            var theirs = TimePerCall(baseline, baselineCalls);
            var after = TimePerCall(ours, oursCalls);
            ratios[sample] = theirs / ((before + after) / 2);
        }

        Array.Sort(ratios);
        return ratios[Samples / 2];
    }

    /// <summary>Warms <paramref name="operation"/> up (so tiered compilation has finished) and sizes a sample.</summary>
    /// <remarks>
    /// Warming up takes seconds, not a few hundred calls: tiered compilation re-compiles hot methods with profile data
    /// in the background (on two cores, behind the JIT queue of every library involved).
    /// </remarks>
    private static int CallsPerSample<T>(Func<T> operation)
    {
        for (var round = 0; round < WarmUpRounds; round++)
        {
            RunFor(operation, WarmUpRound);
        }

        var calls = RunFor(operation, SampleTime * 10);
        return Math.Max(1, calls / 10);
    }

    private static int RunFor<T>(Func<T> operation, TimeSpan time)
    {
        var watch = Stopwatch.StartNew();
        var calls = 0;
        while (watch.Elapsed < time || calls < 20)
        {
            operation();
            calls++;
        }

        return calls;
    }

    private static double TimePerCall<T>(Func<T> operation, int calls)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            operation();
        }

        return watch.Elapsed.TotalNanoseconds / calls;
    }

    private static long AllocatedPerCall<T>(Func<T> operation)
    {
        operation();
        const int calls = 1000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            operation();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
    }
}
