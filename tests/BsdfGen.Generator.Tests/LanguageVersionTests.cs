using BsdfGen.Generator;
using BsdfGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>Generated code needs C# 11: older language versions get one BSDF017 and no generated code.</summary>
public class LanguageVersionTests
{
    private const string Contracts = """
        using BsdfGen;
        using System.Collections.Generic;
        [BsdfContract] public partial class /*!*/Order { public int Id { get; set; } public List<Line> Lines { get; set; } = new(); }
        [BsdfContract] public partial record Line(string Sku, int Quantity);
        [BsdfContract] public partial class Broken { public System.IO.Stream Data { get; set; } = null!; }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp9)]
    public void Older_versions_get_one_BSDF017_and_no_generated_code(LanguageVersion version)
    {
        var (result, output) = GeneratorHarness.Run(version, Contracts);

        var diagnostic = Assert.Single(GeneratorHarness.Report(version, Contracts));
        Assert.Equal("BSDF017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Contracts.IndexOf("/*!*/", StringComparison.Ordinal) + "/*!*/".Length, diagnostic.Location.SourceSpan.Start);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"C# {version.ToDisplayString()}", message);
        Assert.Contains("C# 11.0 or later", message);
        Assert.Contains("3 [BsdfContract]", message);
        Assert.EndsWith("docs/diagnostics/BSDF017.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.True(File.Exists(RepositoryPaths.Combine("docs", "diagnostics", "BSDF017.md")));
        Assert.Empty(result.GeneratedSources);
        Assert.DoesNotContain(output.GetDiagnostics(), error => error.Severity == DiagnosticSeverity.Error && error.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void C_sharp_11_generates_the_serializers()
    {
        var valid = Contracts.Replace("[BsdfContract] public partial class Broken { public System.IO.Stream Data { get; set; } = null!; }", "");
        var (result, output) = GeneratorHarness.Run(LanguageVersion.CSharp11, valid);

        Assert.Empty(GeneratorHarness.Report(LanguageVersion.CSharp11, valid));
        Assert.Equal(2, result.GeneratedSources.Length);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void A_project_without_contracts_gets_no_BSDF017()
    {
        var (result, _) = GeneratorHarness.Run(LanguageVersion.CSharp10, "public class Plain { }");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_required_version_is_tracked_in_the_release_file()
    {
        Assert.Equal(LanguageVersion.CSharp11, BsdfContractGenerator.RequiredLanguageVersion);
        Assert.Contains("BSDF017 |", File.ReadAllText(RepositoryPaths.Combine("src", "Generator", "AnalyzerReleases.Unshipped.md")));
    }
}
