using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace BsdfGen.DataFrames.Conversion;

/// <summary>
/// Runs independent buffer jobs (LZ4 compression or decompression of the buffers of one frame) on every core when
/// there is enough data for it to pay, largest first, and on the calling thread otherwise.
/// </summary>
internal static class ParallelBufferJobs
{
    private const long ParallelThreshold = 1 << 20;

    /// <param name="jobs">The jobs.</param>
    /// <param name="bytes">The bytes a job handles (what it costs).</param>
    /// <param name="run">Runs one job; an exception ends the run and is rethrown as it is.</param>
    public static void Run<TJob>(IReadOnlyCollection<TJob> jobs, Func<TJob, long> bytes, Action<TJob> run)
    {
        if (jobs.Count < 2 || Environment.ProcessorCount < 2 || jobs.Sum(bytes) < ParallelThreshold)
        {
            foreach (var job in jobs)
            {
                run(job);
            }

            return;
        }

        try
        {
            // One job at a time, largest first: the default partitioning of a list hands out growing chunks, which
            // with a few large jobs left one core doing nearly all of them.
            Parallel.ForEach(
                Partitioner.Create(jobs.OrderByDescending(bytes).ToList(), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                run);
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(error.InnerExceptions[0]);
        }
    }
}
