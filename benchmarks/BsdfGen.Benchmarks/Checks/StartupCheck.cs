using System.Diagnostics;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// Start-up time of the native <c>bsdf</c> against the reference Python CLI, both running <c>view</c> on the same small
/// file in the same run. Samples alternate between the two, so drift on a shared machine affects both alike; each side's
/// median wall time (process start to exit) is reported, and the ratio of the medians is checked against ≤ 1/8.
/// </summary>
public static class StartupCheck
{
    private const int Samples = 21;
    private const int WarmUps = 3;
    private const double Target = 1.0 / 8;

    /// <summary>Runs the check and returns 0 when the target is met, 1 when it is not, 2 when it cannot run.</summary>
    /// <param name="native">The native <c>bsdf</c> executable.</param>
    /// <param name="sharedRoot">The shared folder beside the checkout (reference CLI and vectors).</param>
    public static int Run(TextWriter output, string native, string sharedRoot)
    {
        var pythonFolder = Path.Combine(sharedRoot, "reference", "bsdf", "python");
        var file = Path.Combine(sharedRoot, "vectors", "bsdf", "core", "mixed.bsdf");
        var python = new Command("/usr/bin/python3", [Path.Combine(pythonFolder, "bsdf_cli.py"), "view", file], pythonFolder);
        var ours = new Command(Path.GetFullPath(native), ["view", file], null);
        foreach (var required in new[] { ours.Program, python.Arguments[0], file })
        {
            if (!File.Exists(required))
            {
                output.WriteLine($"Startup check: {required} is missing");
                return 2;
            }
        }

        var (ourOutput, pythonOutput) = (ours.Run().Output, python.Run().Output);
        if (ourOutput != pythonOutput)
        {
            output.WriteLine($"Startup check: the outputs differ.\n--- native bsdf\n{ourOutput}--- Python\n{pythonOutput}");
            return 1;
        }

        for (var i = 0; i < WarmUps; i++)
        {
            ours.Run();
            python.Run();
        }

        var ourTimes = new List<double>();
        var pythonTimes = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            ourTimes.Add(ours.Run().Milliseconds);
            pythonTimes.Add(python.Run().Milliseconds);
        }

        var (ourMedian, pythonMedian) = (Median(ourTimes), Median(pythonTimes));
        var ratio = ourMedian / pythonMedian;
        var met = ratio <= Target;
        output.WriteLine($"Startup check: 'view {Path.GetFileName(file)}', {Samples} alternating runs after {WarmUps} warm-ups, median wall time");
        output.WriteLine($"  native bsdf   {ourMedian,8:0.0} ms  (min {ourTimes.Min():0.0}, max {ourTimes.Max():0.0})");
        output.WriteLine($"  Python CLI    {pythonMedian,8:0.0} ms  (min {pythonTimes.Min():0.0}, max {pythonTimes.Max():0.0})");
        output.WriteLine($"  ratio {ratio:0.000} (1/{1 / ratio:0.0}); target ≤ 1/8: {(met ? "met" : "NOT MET")}");
        return met ? 0 : 1;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Command(string Program, string[] Arguments, string? PythonPath)
    {
        public (string Output, double Milliseconds) Run()
        {
            var start = new ProcessStartInfo(Program, Arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (PythonPath is not null)
            {
                start.Environment["PYTHONPATH"] = PythonPath;
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Program}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{Program} {string.Join(' ', Arguments)} exited with {process.ExitCode}: {error.Result}");
            }

            return (output.Result, elapsed);
        }
    }
}
