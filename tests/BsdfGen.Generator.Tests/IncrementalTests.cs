using System.Collections;
using System.Reflection;
using BsdfGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>Edits that do not touch a contract regenerate nothing, and the cached model holds no Roslyn objects.</summary>
public class IncrementalTests
{
    private const string Contract = """
        using BsdfGen;
        namespace Shop;
        [BsdfContract]
        public partial class Order
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }
        """;

    private const string Calls = """
        using BsdfGen;
        namespace Shop;
        [BsdfContract] public partial class Box<T> { public T Value { get; set; } = default!; }
        public static class Store
        {
            public static Box<int> Load(byte[] bytes) => Bsdf.Deserialize<Box<int>>(bytes);
            public static int Count(string text) => text.Length;
        }
        """;

    private const string Unrelated = """
        namespace Shop;
        public static class Helpers { public static int Twice(int x) => x * 2; }
        """;

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var result = RunAfterEditingTheLast([Contract, Unrelated], Unrelated.Replace("x * 2", "x + x"));

        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.ParseStep);
        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.ModelStep);
        AssertEveryOutputCached(result);
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_call_site_steps_cached()
    {
        var result = RunAfterEditingTheLast([Contract, Calls, Unrelated], Unrelated.Replace("x * 2", "x + x"));

        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.CallSiteStep);
        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.RegistrationStep);
        AssertEveryOutputCached(result);
    }

    [Fact]
    public void An_edit_beside_a_call_reruns_it_but_the_registrations_are_unchanged()
    {
        var result = RunAfterEditingTheLast([Contract, Calls], Calls.Replace("text.Length", "text.Trim().Length"));

        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.CallSiteStep);
        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.RegistrationStep);
        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.ModelStep);
        AssertEveryOutputCached(result);
    }

    [Fact]
    public void A_new_closed_type_at_a_call_regenerates_the_registrations()
    {
        var result = RunAfterEditingTheLast([Contract, Calls],
            Calls.Replace("Bsdf.Deserialize<Box<int>>(bytes)", "Bsdf.Deserialize<Box<int>>(bytes) ?? Bsdf.Deserialize<Box<Box<int>>>(bytes).Value"));

        Assert.Contains(result.TrackedSteps[BsdfContractGenerator.RegistrationStep].SelectMany(step => step.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("RegisterContract<global::Shop.Box<global::Shop.Box<int>>, global::Shop.Box<global::Shop.Box<int>>.__BsdfCodec>()",
            result.GeneratedSources.Single(source => source.HintName == "BsdfGen.CallSiteRegistrations.g.cs").SourceText.ToString());
    }

    [Fact]
    public void A_comment_in_the_contract_reparses_but_the_model_is_unchanged()
    {
        var result = RunAfterEditingTheLast([Contract], Contract.Replace("public int Id", "// the order number\n    public int Id"));

        AssertAllCachedOrUnchanged(result, BsdfContractGenerator.ModelStep);
        AssertEveryOutputCached(result);
    }

    [Fact]
    public void A_member_change_regenerates()
    {
        var result = RunAfterEditingTheLast([Contract], Contract.Replace("public int Id", "public long Id"));
        Assert.Contains(result.TrackedSteps[BsdfContractGenerator.ModelStep].SelectMany(step => step.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void A_new_contract_leaves_the_other_contracts_output_cached()
    {
        var result = RunAfterEditingTheLast([Contract, Unrelated],
            Unrelated + "\n[BsdfGen.BsdfContract] public partial class Added { public int A { get; set; } }");

        // Outputs: one per contract, the call site registrations, the C# version check (which sees every contract).
        var reasons = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(4, reasons.Count);
        Assert.Single(reasons, reason => reason == IncrementalStepRunReason.New);
        Assert.Equal(2, reasons.Count(reason => reason == IncrementalStepRunReason.Cached));
        Assert.Contains("Shop.Added.g.cs", result.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void The_model_holds_no_symbols_syntax_or_compilation()
    {
        var compilation = GeneratorHarness.Compile(Contract, """
            using BsdfGen;
            [BsdfContract, BsdfKnownType(typeof(D))] public abstract partial class B { public int[] X { get; set; } = []; }
            [BsdfContract(Extension = "x.d")] public partial class D : B { public D(int y) { Y = y; } public int Y { get; } }
            [BsdfContract] public partial class Broken { public System.IO.Stream S { get; set; } = null!; }
            [BsdfContract] public partial class Box<T> { public T Value { get; set; } = default!; }
            static class Uses { static object Run(byte[] b) => Bsdf.Deserialize<System.Collections.Generic.List<Box<D>>>(b); }
            """);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();
        var outputs = result.TrackedSteps[BsdfContractGenerator.ParseStep].SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
        Assert.Equal(5, outputs.Count);
        outputs.AddRange(result.TrackedSteps[BsdfContractGenerator.RegistrationStep].SelectMany(step => step.Outputs).Select(output => output.Value));
        foreach (var output in outputs)
        {
            AssertNoRoslynObjects(output, "model", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    /// <summary>Runs the generator, replaces the last source with <paramref name="edited"/>, and runs it again.</summary>
    private static GeneratorRunResult RunAfterEditingTheLast(string[] sources, string edited)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Last();
        var next = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, tree.FilePath));
        return driver.RunGenerators(next).GetRunResult().Results.Single();
    }

    private static void AssertEveryOutputCached(GeneratorRunResult result) =>
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

    private static void AssertAllCachedOrUnchanged(GeneratorRunResult result, string step)
    {
        var outputs = result.TrackedSteps[step].SelectMany(run => run.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{step} output was {output.Reason}"));
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location,
            $"{path} holds a {value.GetType().Name}");
        if (value is DiagnosticDescriptor or Microsoft.CodeAnalysis.Text.TextSpan or Microsoft.CodeAnalysis.Text.LinePositionSpan)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, $"{path}[{index++}]", seen);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), $"{path}.{property.Name}", seen);
        }
    }
}
