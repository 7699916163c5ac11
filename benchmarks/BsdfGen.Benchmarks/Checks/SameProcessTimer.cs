using System.Diagnostics;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// Interleaved timing in one process: each sample times ours, then the baseline, then ours again, and the ratio of that
/// sample compares the baseline with the mean of the two. The median over many samples is reported, so drift on a
/// shared machine (which moves both sides of a sample together) cancels.
/// </summary>
public static class SameProcessTimer
{
    private const int Samples = 41;
    private const int WarmUpRounds = 4;
    private static readonly TimeSpan WarmUpRound = TimeSpan.FromMilliseconds(750);
    private static readonly TimeSpan SampleTime = TimeSpan.FromMilliseconds(20);

    /// <summary>How the timer samples, for the check's first line.</summary>
    public static string Description => $"{Samples} interleaved samples per target, median ratio, {WarmUpRounds * WarmUpRound.TotalSeconds:0.#} s warm-up per operation";

    /// <summary>The median of baseline time / our time over interleaved samples (above 1: ours is faster).</summary>
    public static double MedianSpeedup<TOurs, TBaseline>(Func<TOurs> ours, Func<TBaseline> baseline)
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

    /// <summary>The median of our time / baseline time (below 1: ours is faster); the inverse of <see cref="MedianSpeedup"/>.</summary>
    public static double MedianTimeRatio<TOurs, TBaseline>(Func<TOurs> ours, Func<TBaseline> baseline) => 1 / MedianSpeedup(ours, baseline);

    /// <summary>Bytes allocated by one call of <paramref name="operation"/> on this thread, averaged over 1000 calls.</summary>
    public static long AllocatedPerCall<T>(Func<T> operation)
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
}
