using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace BsdfGen.DataFrames.Conversion;

/// <summary>
/// Runs independent jobs over the buffers of one frame (LZ4 compression and decompression, building columns) on every
/// core when there is enough data for it to pay, largest first, and on the calling thread otherwise. Whatever the
/// timing, a failure is reported as the first failing job in list order would report it.
/// </summary>
internal static class ParallelJobs
{
    private const long ParallelThreshold = 1 << 20;

    /// <param name="jobs">The jobs, in the order their failures take precedence.</param>
    /// <param name="bytes">The bytes a job handles (what it costs).</param>
    /// <param name="run">Runs one job.</param>
    /// <exception cref="Exception">The exception of the first job in <paramref name="jobs"/> that failed, rethrown as it is.</exception>
    public static void Run<TJob>(IReadOnlyList<TJob> jobs, Func<TJob, long> bytes, Action<TJob> run)
    {
        if (jobs.Count < 2 || Environment.ProcessorCount < 2 || jobs.Sum(bytes) < ParallelThreshold)
        {
            foreach (var job in jobs)
            {
                run(job);
            }

            return;
        }

        var failures = new ExceptionDispatchInfo?[jobs.Count];

        // One job at a time, largest first: the default partitioning of a list hands out growing chunks, which with a
        // few large jobs left one core doing nearly all of them.
        Parallel.ForEach(
            Partitioner.Create(Enumerable.Range(0, jobs.Count).OrderByDescending(index => bytes(jobs[index])), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            index =>
            {
                try
                {
                    run(jobs[index]);
                }
                catch (Exception error)
                {
                    failures[index] = ExceptionDispatchInfo.Capture(error);
                }
            });
        Array.Find(failures, failure => failure is not null)?.Throw();
    }
}
