using System.Collections.Immutable;
using BsdfGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BsdfGen.Generator.Tests;

/// <summary>Runs the generator over in-memory sources, as the compiler would, with step tracking on.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. platform.Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(Bsdf).Assembly.Location)];
    });

    /// <summary>The framework's System assemblies and BsdfGen.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Compile(params string[] sources) => Compile(ParseOptions, sources);

    public static CSharpCompilation Compile(CSharpParseOptions parseOptions, params string[] sources) => CSharpCompilation.Create(
        "Contracts",
        sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{index}.cs")),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() => CreateDriver(ParseOptions);

    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions) => CSharpGeneratorDriver.Create(
        [new BsdfContractGenerator().AsSourceGenerator()],
        parseOptions: parseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its result and the compilation with the generated sources added.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(params string[] sources) => Run(LanguageVersion.CSharp12, sources);

    /// <summary>Runs the generator on sources compiled as C# <paramref name="languageVersion"/>.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(LanguageVersion languageVersion, params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(Compile(parseOptions, sources), out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>The analyzers the generator assembly ships (the package loads them all).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [.. typeof(BsdfContractGenerator).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];

    /// <summary>Every diagnostic BsdfGen reports for the sources (the generator's and its analyzers'), in source order.</summary>
    public static ImmutableArray<Diagnostic> Report(params string[] sources) => Report(LanguageVersion.CSharp12, sources);

    /// <summary>Every diagnostic BsdfGen reports for the sources compiled as C# <paramref name="languageVersion"/>.</summary>
    public static ImmutableArray<Diagnostic> Report(LanguageVersion languageVersion, params string[] sources)
    {
        var (result, output) = Run(languageVersion, sources);
        var analyzed = output.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return [.. result.Diagnostics.Concat(analyzed)
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)];
    }

    /// <summary>Compiler errors of the generated code (and the sources it completes).</summary>
    public static IEnumerable<Diagnostic> CompileErrors(Compilation output) =>
        output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
