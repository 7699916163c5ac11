using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.CsProj;
using BenchmarkDotNet.Toolchains.DotNetCli;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BsdfGen.Benchmarks.Arrays;
using BsdfGen.Benchmarks.Dto;
using BsdfGen.Benchmarks.Generator;
using BsdfGen.Benchmarks.Lz4;
using Perfolizer.Horology;

namespace BsdfGen.Benchmarks;

/// <summary>The benchmark classes of the suite and the jobs that run them.</summary>
public static class Suite
{
    /// <summary>Every benchmark class, in the order they run.</summary>
    public static readonly Type[] Types =
    [
        typeof(DtoBenchmarks),
        typeof(ShapeBenchmarks),
        typeof(LargeArrayBenchmarks),
        typeof(LargeValueKindBenchmarks),
        typeof(MappedFileBenchmarks),
        typeof(Lz4Benchmarks),
        typeof(GeneratorBenchmarks),

        typeof(DataFrames.DataFrameBenchmarks),
    ];

    /// <summary>
    /// Full: each benchmark in its own process (the default toolchain), 8 warm-up and 12 measured iterations of about
    /// 250 ms (two seconds of warm-up let tiered compilation finish even on a busy machine). Short: in this process,
    /// 2 warm-up and 3 measured iterations of about 100 ms — a smoke test of the suite and a rough reading of the
    /// ratios, not a measurement to publish.
    /// </summary>
    public static IConfig Config(bool isShort, string artifactsPath)
    {
        var job = isShort
            ? Job.ShortRun
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(2)
                .WithIterationCount(3)
                .WithIterationTime(TimeInterval.FromMilliseconds(100))
                .WithEvaluateOverhead(false)
                .WithId("Short")
            : Job.Default
                .WithToolchain(CsProjCoreToolchain.From(new NetCoreAppSettings("net10.0", null, ".NET 10.0")))
                .WithLaunchCount(1)
                .WithWarmupCount(8)
                .WithIterationCount(12)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithId("Full");

        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .WithArtifactsPath(artifactsPath)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOptions(ConfigOptions.DisableLogFile);
    }
}
