using System.Runtime.InteropServices;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BsdfGen.Benchmarks;
using BsdfGen.Benchmarks.Checks;
using BsdfGen.Benchmarks.Dto;
using BsdfGen.Benchmarks.Generator;
using BsdfGen.Benchmarks.Lz4;
using BsdfGen.Benchmarks.Reporting;
using BsdfGen.Benchmarks.Reporting.Charts;

// dotnet run -c Release --project benchmarks/BsdfGen.Benchmarks [-- --short] [BenchmarkDotNet arguments, e.g. --filter *Lz4*]
// dotnet run -c Release --project benchmarks/BsdfGen.Benchmarks -- --check [AREA…]   (the targets in one process; areas: dto, arrays, …)
// dotnet run -c Release --project benchmarks/BsdfGen.Benchmarks -- --loop METHOD Small|Medium SECONDS   (one DTO case in a loop, for a profiler)
// dotnet run -c Release --project benchmarks/BsdfGen.Benchmarks -- --startup NATIVE_BSDF   (native bsdf vs the Python CLI)
if (Array.IndexOf(args, "--check") is var checkAt and >= 0)
{
    return SameProcessCheck.Run(Console.Out, args.Skip(checkAt + 1).TakeWhile(arg => !arg.StartsWith('-')).ToList());
}

if (Array.IndexOf(args, "--loop") is var loopAt and >= 0 && loopAt + 3 < args.Length)
{
    return ProfileLoop.Run(Console.Out, args[loopAt + 1], args[loopAt + 2], double.Parse(args[loopAt + 3], System.Globalization.CultureInfo.InvariantCulture));
}

if (Array.IndexOf(args, "--startup") is var startupAt and >= 0)
{
    var native = startupAt + 1 < args.Length ? args[startupAt + 1] : Path.Combine(RepositoryRoot(), "artifacts", "native-cli", "bsdf");
    return StartupCheck.Run(Console.Out, native, Path.Combine(RepositoryRoot(), "..", "shared"));
}

var isShort = args.Contains("--short");
var benchmarkArgs = args.Where(arg => arg != "--short").ToArray();
var isFiltered = benchmarkArgs.Any(arg => arg is "-f" || arg.StartsWith("--filter", StringComparison.Ordinal));
if (!isFiltered)
{
    benchmarkArgs = [.. benchmarkArgs, "--filter", "*"];
}

BenchMode.SetShort(isShort);
var root = RepositoryRoot();
var results = Path.Combine(root, "benchmarks", "results");
Directory.CreateDirectory(results);
var started = DateTime.UtcNow;
var loadAtStart = LoadAverage();
Console.WriteLine($"BsdfGen benchmarks, {BenchMode.Name} mode; load average {loadAtStart}; results in {results}");

// The incremental-generator check fails the run loudly: a generator that regenerates on unrelated edits is a bug.
int cachedOutputs;
try
{
    cachedOutputs = GeneratorRun.CheckUnrelatedEditIsCached();
    Console.WriteLine($"Generator check: after an unrelated edit all {cachedOutputs} tracked output steps are Cached.");
}
catch (InvalidOperationException error)
{
    Console.Error.WriteLine($"GENERATOR CHECK FAILED: {error.Message}");
    return 2;
}

var payloads = DtoBenchmarks.PayloadSizes("Small").Zip(DtoBenchmarks.PayloadSizes("Medium"))
    .Select(pair => (pair.First.Serializer, pair.First.Bytes, pair.Second.Bytes))
    .ToList();
Console.WriteLine("Payload sizes (bytes):");
Console.WriteLine($"  {"Serializer",-32}{"Small",10}{"Medium",10}");
foreach (var (serializer, small, medium) in payloads)
{
    Console.WriteLine($"  {serializer,-32}{small,10:N0}{medium,10:N0}");
}

var lz4Sizes = Lz4Benchmarks.CompressedSizes();
Console.WriteLine($"LZ4: {lz4Sizes.Input:N0} bytes -> {lz4Sizes.Native:N0} (liblz4), {lz4Sizes.K4os:N0} (K4os)");

var config = Suite.Config(isShort, Path.Combine(results, "BenchmarkDotNet"));
var summaries = BenchmarkSwitcher.FromTypes(Suite.Types).Run(benchmarkArgs, config).ToList();

var (measured, failed) = Measurements.From(summaries);
var comparisons = Measurements.Compare(measured);
var targets = Targets.Evaluate(measured, cachedOutputs);
var run = new RunInfo(
    BenchMode.Name,
    isShort ? "in-process, 2 warm-ups + 3 iterations of ~100 ms" : "a process per benchmark, 8 warm-ups + 12 iterations of ~250 ms",
    started,
    Machine(summaries),
    loadAtStart,
    LoadAverage(),
    payloads,
    lz4Sizes,
    failed) { FrameSizes = BsdfGen.Benchmarks.DataFrames.DataFrameBenchmarks.MeasureFileSizes() };

var summary = SummaryWriter.Render(run, comparisons, targets);
File.WriteAllText(Path.Combine(results, "summary.md"), summary);
var chartSubtitle = $"{BenchMode.Name} run, {started:yyyy-MM-dd}; bars start at the baseline (1×); green is faster, orange slower";
File.WriteAllText(Path.Combine(results, "summary.svg"), RatioChart.RenderSvg(comparisons, chartSubtitle));

Console.WriteLine();
Console.WriteLine(SummaryWriter.ComparisonTable(comparisons));
Console.WriteLine("Targets:");
foreach (var target in targets)
{
    Console.WriteLine($"  [{target.Status.Trim('*'),-12}] {target.Target}: {target.Measured} (required {target.Required})");
}

Console.WriteLine($"Wrote {Path.Combine(results, "summary.md")} and summary.svg");
if (!isShort && !isFiltered && failed.Count == 0 && ReadmeSection.Update(Path.Combine(root, "README.md"), summary))
{
    Console.WriteLine("Updated the performance section of README.md (a complete full run)");
}
if (failed.Count > 0)
{
    Console.Error.WriteLine($"{failed.Count} benchmark(s) produced no result: {string.Join(", ", failed)}");
    return 1;
}

return 0;

static string RepositoryRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BsdfGen.sln")))
            {
                return directory.FullName;
            }
        }
    }

    throw new InvalidOperationException("Run the benchmarks from inside the BsdfGen checkout (BsdfGen.sln was not found above the current directory)");
}

static string LoadAverage()
{
    try
    {
        return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "unknown";
    }
}

static string Machine(IReadOnlyList<Summary> summaries)
{
    var host = summaries.FirstOrDefault()?.HostEnvironmentInfo;
    var cpu = host?.CpuInfo.Value?.ProcessorName ?? "unknown CPU";
    return $"{RuntimeInformation.OSDescription}, {cpu}, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}";
}
