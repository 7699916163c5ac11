using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BsdfGen.Generator.Diagnostics;
using BsdfGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>Every diagnostic's page: its example reproduces it, and the diagnostic's help link points at it.</summary>
public partial class DiagnosticDocumentationTests
{
    /// <summary>What a project gets from the SDK's implicit usings, plus BsdfGen.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading.Tasks;
        global using BsdfGen;
        """;

    /// <summary>The contract compiled under a page's <c>&lt;LangVersion&gt;</c> when its example is project XML.</summary>
    private const string AnyContract = "using BsdfGen; [BsdfContract] public partial class Order { public int Id { get; set; } }";

    public static TheoryData<string> Ids => [.. Descriptors().Select(descriptor => descriptor.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_example_reproduces_the_diagnostic_and_no_other_error(string id)
    {
        var page = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics", id + ".md"));
        var csharp = CodeBlock(page, "csharp");
        IReadOnlyList<Diagnostic> reported;
        if (csharp is not null)
        {
            reported = GeneratorHarness.Report(ImplicitUsings, csharp);
            var marked = csharp.Split('\n').Select((line, index) => (line, index)).Where(pair => pair.line.Contains("// " + id, StringComparison.Ordinal))
                .Select(pair => pair.index).ToList();
            Assert.NotEmpty(marked);
            Assert.Equal(marked, reported.Where(d => d.Id == id).Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Order());
            var (_, output) = GeneratorHarness.Run(ImplicitUsings, csharp);
            Assert.Empty(GeneratorHarness.CompileErrors(output));
        }
        else
        {
            var version = LangVersion().Match(CodeBlock(page, "xml") ?? "");
            Assert.True(version.Success, $"{id}.md has no csharp example and no <LangVersion> example");
            Assert.True(LanguageVersionFacts.TryParse(version.Groups[1].Value, out var languageVersion));
            reported = GeneratorHarness.Report(languageVersion, AnyContract);
        }

        Assert.Contains(reported, diagnostic => diagnostic.Id == id);
        Assert.All(reported.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), diagnostic => Assert.Equal(id, diagnostic.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_help_link_is_the_page_in_the_declared_repository(string id)
    {
        var repository = XDocument.Load(RepositoryPaths.Combine("Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal($"{repository}/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(RepositoryPaths.Combine("docs", "diagnostics", id + ".md")), $"{id} has no page");
        Assert.Contains($"[{id}]({id}.md)", File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics", "README.md")));
        Assert.Contains($"{id} | BsdfGen | {descriptor.DefaultSeverity} | {descriptor.Title} (docs/diagnostics/{id}.md)",
            File.ReadAllText(RepositoryPaths.Combine("src", "Generator", "AnalyzerReleases.Unshipped.md")));
    }

    /// <summary>The descriptors declared in <see cref="BsdfDiagnostics"/>.</summary>
    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(BsdfDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!);

    private static string? CodeBlock(string page, string language)
    {
        var match = Regex.Match(page, "```" + language + "\\n(.*?)```", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<LangVersion>([^<]+)</LangVersion>")]
    private static partial Regex LangVersion();
}
