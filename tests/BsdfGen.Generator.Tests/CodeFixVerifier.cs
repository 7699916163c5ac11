using BsdfGen.Generator.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace BsdfGen.Generator.Tests;

/// <summary>
/// A code fix test over the analyzers the package ships (<see cref="BsdfContractAnalyzer"/> reports the generator's
/// contract rules, <see cref="BsdfCallSiteAnalyzer"/> BSDF018), compiled against the test process's own framework
/// assemblies and BsdfGen (no reference packages are downloaded).
/// </summary>
internal sealed class CodeFixVerifier<TFix> : CSharpCodeFixTest<BsdfContractAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    public CodeFixVerifier(string source, string fixedSource)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        FixedState.AdditionalReferences.AddRange(GeneratorHarness.References);
        TestCode = source;
        FixedCode = fixedSource;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => GeneratorHarness.Analyzers;

    /// <summary>Fixes <paramref name="source"/> one diagnostic at a time and all at once, in every scope; both must give <paramref name="fixedSource"/>.</summary>
    public static Task VerifyAsync(string source, string fixedSource) => new CodeFixVerifier<TFix>(source, fixedSource).RunAsync();

    /// <summary>Like <see cref="VerifyAsync(string, string)"/> for a project of several files.</summary>
    public static Task VerifyAsync((string Name, string Source)[] sources, (string Name, string Source)[] fixedSources)
    {
        var test = new CodeFixVerifier<TFix>(sources[0].Source, fixedSources[0].Source);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.AddRange(sources.Select(file => (file.Name, Microsoft.CodeAnalysis.Text.SourceText.From(file.Source))));
        test.FixedState.Sources.AddRange(fixedSources.Select(file => (file.Name, Microsoft.CodeAnalysis.Text.SourceText.From(file.Source))));
        return test.RunAsync();
    }
}
