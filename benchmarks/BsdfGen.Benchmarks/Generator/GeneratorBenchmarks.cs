using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BsdfGen.Benchmarks.Generator;

/// <summary>
/// The source generator over 200 contract declarations (already parsed), each run on a fresh copy of the compilation
/// (<see cref="Compilation.Clone"/>: no semantic state carried over). The baseline is the compiler's own semantic
/// analysis of the same sources without the generator, so the ratio says what the generator adds to a build.
/// An operation takes a tenth of a second or more, and the compiler's code needs many calls before tiered compilation
/// has optimized it, so these benchmarks warm up for 30 iterations rather than the suite's 8.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(30)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    public const string Category = "generator, 200 contracts";

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorRun.Compile();
        GeneratorRun.CheckFirstRun(_compilation);
        GeneratorRun.CheckUnrelatedEditIsCached();
        _edited = GeneratorRun.EditUnrelated(_compilation);
        _warmDriver = GeneratorRun.CreateDriver(trackSteps: false).RunGenerators(_compilation);
    }

    [BenchmarkCategory(Category), Benchmark(Baseline = true)]
    public int CompileWithoutGenerator() => _compilation.Clone().GetDiagnostics().Length;

    [BenchmarkCategory(Category), Benchmark]
    public GeneratorDriver GeneratorFirstRun() => GeneratorRun.CreateDriver(trackSteps: false).RunGenerators(_compilation.Clone());

    [BenchmarkCategory(Category), Benchmark]
    public GeneratorDriver GeneratorAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited.Clone());

    /// <summary>The analyzers that report the contract rules and the call-site errors (they run the same parser again).</summary>
    [BenchmarkCategory(Category), Benchmark]
    public int Analyzers() => _compilation.Clone().WithAnalyzers(GeneratorRun.Analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
