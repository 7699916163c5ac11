namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// The suite's targets checked in one process, without BenchmarkDotNet (see <see cref="SameProcessTimer"/>). Each area
/// keeps its targets in its own file; <c>--check AREA…</c> runs only the areas named.
/// </summary>
public static class SameProcessCheck
{
    private static readonly (string Area, Func<IEnumerable<CheckResult>> Run)[] Areas =
    [
        ("dto", DtoChecks.Run),
        ("arrays", ArrayChecks.Run),
        ("frames", FrameChecks.Run),
    ];

    /// <summary>Runs the check (every area, or those named), prints one line per target, and returns 0 when every target is met.</summary>
    public static int Run(TextWriter output, IReadOnlyCollection<string> areas)
    {
        var unknown = areas.Where(area => !Areas.Any(known => known.Area == area)).ToList();
        if (unknown.Count > 0)
        {
            output.WriteLine($"Unknown check area(s) {string.Join(", ", unknown)}; the areas are {string.Join(", ", Areas.Select(known => known.Area))}");
            return 2;
        }

        output.WriteLine($"Same-process check: {SameProcessTimer.Description}; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        var met = true;
        foreach (var (area, run) in Areas.Where(known => areas.Count == 0 || areas.Contains(known.Area)))
        {
            foreach (var result in run())
            {
                output.WriteLine($"  [{(result.Met ? "met" : "MISSED"),-6}] {result.Target}: {result.Measured}");
                met &= result.Met;
            }
        }

        return met ? 0 : 1;
    }
}
