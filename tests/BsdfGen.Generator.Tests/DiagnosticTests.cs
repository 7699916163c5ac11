using BsdfGen.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>Each diagnostic, with its id and the exact location (the token after the <c>/*!*/</c> marker).</summary>
public class DiagnosticTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "BSDF001", "using BsdfGen; [BsdfContract] public class /*!*/Order { public int Id { get; set; } }" },
        { "BSDF001", "using BsdfGen; public class /*!*/Outer { [BsdfContract] public partial class Inner { } }" },
        { "BSDF002", "using BsdfGen; [BsdfContract] public partial class C { public System.IO.Stream /*!*/Data { get; set; } = null!; }" },
        { "BSDF002", "using BsdfGen; using System.Collections.Generic; [BsdfContract] public partial class C { public Dictionary<int, string> /*!*/Map { get; set; } = new(); }" },
        { "BSDF003", "using BsdfGen; [BsdfContract] public partial class C { [BsdfProperty(\"x\")] public int A { get; set; } public int /*!*/x { get; set; } }" },
        { "BSDF004", "using BsdfGen; [BsdfContract] public partial class C { [BsdfConstructor] public C() { } [BsdfConstructor] public /*!*/C(int a) { A = a; } public int A { get; } }" },
        { "BSDF005", "using BsdfGen; [BsdfContract] public partial class /*!*/C { public C(int a) { A = a; } public C(int a, string b) { A = a; B = b; } public int A { get; } public string B { get; set; } = \"\"; }" },
        { "BSDF006", "using BsdfGen; [BsdfContract] public partial class C { [BsdfIgnore] public required int /*!*/A { get; set; } }" },
        { "BSDF007", "using BsdfGen; [BsdfContract(/*!*/Extension = \"\")] public partial class C { }" },
        { "BSDF008", "using BsdfGen; [BsdfContract, /*!*/BsdfKnownType(typeof(D))] public abstract partial class B { } [BsdfContract] public partial class D : B { }" },
        { "BSDF009", "using BsdfGen; [BsdfContract] public partial class C { [BsdfProperty(\"\")] public int /*!*/A { get; set; } }" },
        { "BSDF010", "using BsdfGen; [BsdfContract] public partial class C { public C(int /*!*/unknown) { } public int A { get; set; } }" },
        { "BSDF011", "using BsdfGen; [BsdfContract] public static partial class /*!*/C { }" },
        { "BSDF011", "using BsdfGen; [BsdfContract] file partial class /*!*/C { public int A { get; set; } }" },
        { "BSDF011", "using BsdfGen; file partial class Outer { [BsdfContract] public partial record /*!*/C(int A); }" },
        { "BSDF012", "using BsdfGen; [BsdfContract] public abstract partial class /*!*/Shape { public int A { get; set; } }" },
        { "BSDF013", "using BsdfGen; [BsdfContract] public partial class C { [BsdfProperty(\"a\")] private int /*!*/a; public int B { get => a; set => a = value; } }" },
        { "BSDF015", "using BsdfGen; [BsdfContract] public partial class C { public C() { } public C(int other) { } public double /*!*/Value { get; } public int Other { get; set; } }" },
        { "BSDF016", "using BsdfGen; [BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)] public partial class C { public int FirstName { get; set; } public int /*!*/First_Name { get; set; } }" },
        { "BSDF016", "using BsdfGen; [BsdfContract(NamingPolicy = BsdfNamingPolicy.CamelCase)] public partial class C { [BsdfProperty(\"lossValue\")] public int Loss { get; set; } public int /*!*/LossValue { get; set; } }" },
        { "BSDF003", "using BsdfGen; [BsdfContract] public partial record R([property: BsdfProperty(\"x\")] int A, int /*!*/x);" },
        { "BSDF002", "using BsdfGen; [BsdfContract] public partial record R(int A, System.IO.Stream /*!*/Data);" },
        { "BSDF009", "using BsdfGen; [BsdfContract] public partial record R([property: BsdfProperty(\"\")] int /*!*/A);" },
        { "BSDF019", "using BsdfGen; [BsdfContract] public partial class C { public C([BsdfProperty(\"v\")] double /*!*/value) { Value = value; } public double Value { get; } }" },
        { "BSDF019", "using BsdfGen; [BsdfContract] public partial record R([BsdfProperty(\"x\")] int /*!*/A) { public int A { get; init; } = A; }" },
        { "BSDF019", "using BsdfGen; [BsdfContract] public partial record B(int A); [BsdfContract] public partial record D([BsdfProperty(\"x\")] int /*!*/A, int C) : B(A);" },
        { "BSDF003", "using BsdfGen; [BsdfContract] public partial record R([BsdfProperty(\"x\")] int A, int /*!*/x);" },
        { "BSDF019", "using BsdfGen; [BsdfContract] public partial record R(int x, [BsdfProperty(\"x\")] [property: BsdfProperty(\"a\")] int /*!*/A);" },
        { "BSDF014", "using BsdfGen; [BsdfContract, BsdfKnownType(typeof(Circle))] public abstract partial class Shape { } [BsdfContract(Extension = \"x.c\")] public partial class Circle : Shape { } [BsdfContract(Extension = \"x.s\")] public partial class /*!*/Square : Shape { }" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mistakes_are_reported_at_the_right_place(string id, string source)
    {
        var diagnostic = Assert.Single(GeneratorHarness.Report(source));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(id is "BSDF012" or "BSDF013" or "BSDF014" or "BSDF015" or "BSDF019" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(source.IndexOf("/*!*/", StringComparison.Ordinal) + "/*!*/".Length, diagnostic.Location.SourceSpan.Start);
        Assert.EndsWith($"docs/diagnostics/{id}.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.True(File.Exists(RepositoryPaths.Combine("docs", "diagnostics", id + ".md")), $"{id} has no documentation page");
    }

    [Fact]
    public void A_contract_with_errors_generates_nothing()
    {
        var (result, _) = GeneratorHarness.Run(Cases.First()[1].ToString()!);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Every_descriptor_is_tracked_in_the_release_file()
    {
        var unshipped = File.ReadAllText(RepositoryPaths.Combine("src", "Generator", "AnalyzerReleases.Unshipped.md"));
        foreach (var id in Cases.Select(row => (string)row[0]).Distinct())
        {
            Assert.Contains(id + " |", unshipped);
        }
    }
}
