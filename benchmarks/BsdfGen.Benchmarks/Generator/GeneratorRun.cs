using System.Collections.Immutable;
using BsdfGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BsdfGen.Benchmarks.Generator;

/// <summary>Runs <see cref="BsdfContractGenerator"/> over in-memory sources as the compiler would (as the generator tests do).</summary>
internal static class GeneratorRun
{
    public const int Contracts = 200;

    /// <summary>A source per contract, one for the generic contract of the call-site file, one for the call sites' registrations.</summary>
    public const int GeneratedSources = Contracts + 2;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. platform.Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Where(path => Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(Bsdf).Assembly.Location)];
    });

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    /// <summary>The 200 contracts, a file of calls to typed entry points, and one unrelated file (the last tree), parsed.</summary>
    public static CSharpCompilation Compile() => CSharpCompilation.Create(
        "BenchContracts",
        ContractSources.Create(Contracts).Append(ContractSources.CallSites(Contracts)).Append(ContractSources.UnrelatedFile)
            .Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Contract{index}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The same compilation after an edit to the unrelated file only.</summary>
    public static CSharpCompilation EditUnrelated(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.Last();
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(
            ContractSources.UnrelatedFile.Replace("x * 2", "x + x"), ParseOptions, tree.FilePath));
    }

    /// <summary>The analyzers of the generator assembly (BSDF001–BSDF016 and BSDF018).</summary>
    public static ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> Analyzers { get; } =
        [new BsdfGen.Generator.Analyzers.BsdfContractAnalyzer(), new BsdfGen.Generator.Analyzers.BsdfCallSiteAnalyzer()];

    public static GeneratorDriver CreateDriver(bool trackSteps) => CSharpGeneratorDriver.Create(
        [new BsdfContractGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// Runs the generator once and checks what it produced: a source per contract and the call sites' registrations, no
    /// diagnostics, and a compilation without errors once the generated code is added.
    /// </summary>
    public static void CheckFirstRun(CSharpCompilation compilation)
    {
        var driver = CreateDriver(trackSteps: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw", exception);
        }

        if (result.GeneratedSources.Length != GeneratedSources || !diagnostics.IsEmpty)
        {
            throw new InvalidOperationException(
                $"The generator wrote {result.GeneratedSources.Length} sources (expected {GeneratedSources}), with {diagnostics.Length} diagnostics: {string.Join("; ", diagnostics)}");
        }

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated code does not compile: {string.Join("; ", errors)}");
        }
    }

    /// <summary>
    /// Runs the generator, edits an unrelated file and runs it again: every tracked output step must be
    /// <see cref="IncrementalStepRunReason.Cached"/>, and the parse, model and call-site steps cached or unchanged.
    /// </summary>
    /// <returns>The number of cached output step results checked.</returns>
    /// <exception cref="InvalidOperationException">Something was regenerated.</exception>
    public static int CheckUnrelatedEditIsCached()
    {
        var compilation = Compile();
        var driver = CreateDriver(trackSteps: true).RunGenerators(compilation);
        var result = driver.RunGenerators(EditUnrelated(compilation)).GetRunResult().Results.Single();

        var problems = new List<string>();
        foreach (var step in new[] { BsdfContractGenerator.ParseStep, BsdfContractGenerator.ModelStep, BsdfContractGenerator.CallSiteStep, BsdfContractGenerator.RegistrationStep })
        {
            if (!result.TrackedSteps.TryGetValue(step, out var runs) || runs.IsEmpty)
            {
                problems.Add($"step {step} did not run");
                continue;
            }

            problems.AddRange(runs.SelectMany(run => run.Outputs)
                .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                .Select(output => $"{step} output was {output.Reason}"));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        problems.AddRange(outputs.Where(output => output.Reason != IncrementalStepRunReason.Cached).Select(output => $"an output step was {output.Reason}"));
        if (outputs.Count < GeneratedSources)
        {
            problems.Add($"only {outputs.Count} output step results were tracked for {Contracts} contracts");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"An unrelated edit regenerated code ({problems.Count} problems): {string.Join("; ", problems.Distinct().Take(10))}");
        }

        return outputs.Count;
    }
}
