using Microsoft.CodeAnalysis;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>Contracts declared in unusual places or ways: the generator neither throws nor writes code that does not compile.</summary>
public class UnusualDeclarationTests
{
    public static TheoryData<string, string> Sources => new()
    {
        { "same name nested in two types", """
            using BsdfGen;
            namespace Shop;
            public partial class Outer1 { [BsdfContract] public partial class Item { public int A { get; set; } } }
            public partial class Outer2 { [BsdfContract] public partial class Item { public string B { get; set; } = ""; } }
            """ },
        { "same name, different arity", """
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial class Foo { public int A { get; set; } }
            [BsdfContract] public partial class Foo<T> { public T Value { get; set; } = default!; }
            """ },
        { "same name in two namespaces", """
            using BsdfGen;
            namespace A { [BsdfContract] public partial class Item { public int A { get; set; } } }
            namespace B { [BsdfContract] public partial class Item { public int B { get; set; } } }
            """ },
        { "names that differ in case only", """
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial class Item { public int A { get; set; } }
            [BsdfContract] public partial class item { public int B { get; set; } }
            """ },
        { "global namespace", """
            using BsdfGen;
            [BsdfContract] public partial class Order { public int Id { get; set; } }
            """ },
        { "partial struct", """
            using BsdfGen;
            namespace Geometry;
            [BsdfContract] public partial struct Vector { public double X { get; set; } public double Y; }
            """ },
        { "readonly partial struct", """
            using BsdfGen;
            namespace Geometry;
            [BsdfContract] public readonly partial struct Vector
            {
                public Vector(double x, double y) { X = x; Y = y; }
                public double X { get; }
                public double Y { get; }
            }
            """ },
        { "readonly record struct", """
            using BsdfGen;
            namespace Geometry;
            [BsdfContract] public readonly partial record struct Point(double X, double Y);
            """ },
        { "generic contract with constraints", """
            using System;
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial class Box<T, TKey, TItem> where T : struct where TKey : class, IComparable<TKey> where TItem : notnull, new()
            {
                public T Value { get; set; }
                public T? Maybe { get; set; }
                public TKey? Key { get; set; }
                public TItem Item { get; set; } = new();
            }
            """ },
        { "contract nested in a generic type", """
            using System.Collections.Generic;
            using BsdfGen;
            namespace Shop;
            public partial class Outer<T> where T : notnull
            {
                [BsdfContract] public partial class Item { public T Value { get; set; } = default!; public List<T> All { get; set; } = new(); }
            }
            """ },
        { "contract nested in a struct, a record and an interface", """
            using BsdfGen;
            namespace Shop;
            public partial struct S { [BsdfContract] public partial class A { public int X { get; set; } } }
            public partial record R { [BsdfContract] public partial class B { public int X { get; set; } } }
            public partial record struct RS { [BsdfContract] public partial class C { public int X { get; set; } } }
            public partial interface I { [BsdfContract] public partial class D { public int X { get; set; } } }
            public readonly partial struct RO { [BsdfContract] public partial class E { public int X { get; set; } } }
            public ref partial struct RF { [BsdfContract] public partial class F { public int X { get; set; } } }
            """ },
        { "keyword identifiers", """
            using BsdfGen;
            namespace @event.@class;
            [BsdfContract] public partial class @class
            {
                public int @int { get; set; }
                public string @string = "";
                public @class? @this { get; set; }
                public int @namespace { get; init; }
            }
            public partial class @static { [BsdfContract] public partial record @record(int @in, string @out); }
            [BsdfContract] public partial class @object<@event> { public @event @base { get; set; } = default!; }
            """ },
        { "members named like the generated locals", """
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial record Order(int key, int count, int result, int start, int item, int value, int reader, int context, int writer, int member0, int has0)
            {
                public int rows { get; init; }
                public int row { get; init; }
                public int frame { get; init; }
            }
            """ },
        { "a namespace named System", """
            using BsdfGen;
            namespace Shop.System.Collections.Generic;
            public class List<T> { }
            [BsdfContract] public partial record Order(global::System.Collections.Generic.List<int> Items, global::System.DateTime When) { public int[] More { get; init; } = []; public required string Name { get; init; } }
            """ },
        { "a namespace named BsdfGen", """
            using BsdfGen;
            namespace Shop.BsdfGen { public class Wire { } public class Typed { } }
            namespace Shop { [BsdfContract(Extension = "x.y")] public partial class Order { public int Id { get; set; } public string? Name { get; init; } } }
            """ },
        { "a generic base class and a positional record hierarchy", """
            using BsdfGen;
            namespace Shop;
            public abstract partial class Base<T> { public T Value { get; set; } = default!; }
            [BsdfContract] public partial class Derived : Base<int> { public int Own { get; init; } }
            [BsdfContract, BsdfKnownType(typeof(Circle))] public abstract partial record Shape(string Label);
            [BsdfContract(Extension = "s.c")] public sealed partial record Circle(string Label, double R) : Shape(Label);
            """ },
        { "members named like namespaces", """
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial class Order { public int System { get; set; } public int BsdfGen { get; set; } public int global { get; set; } public string Order2 { get; init; } = ""; }
            """ },
        { "a member named like a type", """
            using BsdfGen;
            namespace Shop;
            public class Status { }
            [BsdfContract] public partial class Order { public int Status { get; set; } public Kind Kind { get; init; } }
            public enum Kind { A, B }
            """ },
        { "members of many kinds, and a contract nested in a contract", """
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial class Order
            {
                public int[][] Jagged { get; set; } = [];
                public Dictionary<string, int?> Optional { get; set; } = new();
                public ReadOnlyMemory<byte> Memory { get; set; }
                public ImmutableArray<int> Immutable { get; set; }
                public List<int?> Maybe { get; set; } = new();
                public Kind[] Kinds { get; set; } = [];
                public Inner? Nested { get; set; }
                public int? this[int i] => i;
                [BsdfContract] public partial record Inner(int X);
            }
            public enum Kind : byte { A, B }
            """ },
        { "data frame rows with keyword members", """
            using System;
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial record @struct(int @int, string @string, Kind @enum, DateTime? @fixed) { public double @double { get; init; } }
            public enum Kind : short { A, B }
            """ },
        { "a generic record struct in an unmanaged-constrained generic type", """
            using System.Collections.Generic;
            using BsdfGen;
            namespace Shop;
            public partial class Outer<TOuter> where TOuter : unmanaged
            {
                [BsdfContract] public partial record struct Pair<T>(TOuter Left, T Right, List<TOuter> All) where T : notnull { public TOuter Extra { get; init; } }
            }
            """ },
        { "calls with contracts nested in generic types and keyword names", """
            using System.Collections.Generic;
            using BsdfGen;
            namespace @event;
            public partial class Outer<T> { [BsdfContract] public partial class Item { public T Value { get; set; } = default!; } }
            [BsdfContract] public partial class @object<@in> { public @in Value { get; set; } = default!; }
            [BsdfContract] public partial record @class(int A);
            static class Uses
            {
                static void Run(byte[] b)
                {
                    Bsdf.Deserialize<Outer<int>.Item>(b);
                    Bsdf.Deserialize<@object<@class>>(b);
                    Bsdf.Serialize(new Dictionary<string, List<@object<Outer<string>.Item>>>());
                }
            }
            """ },
        { "a type named var in scope", """
            #pragma warning disable CS8981
            using BsdfGen;
            namespace Shop;
            public class var { }
            [BsdfContract] public partial record Order(int Id, string Name) { public required double Total { get; init; } public int[] Lines { get; set; } = []; }
            [BsdfContract] public partial class Settable { public int Id { get; set; } public System.DateTime When { get; set; } }
            [BsdfContract] public partial class Box<@var> { public @var Value { get; set; } = default!; public @var[] All { get; init; } = []; }
            """ },
        { "record struct", """
            using BsdfGen;
            namespace Geometry;
            [BsdfContract] public partial record struct Point(double X, double Y) { public string Label { get; set; } = ""; }
            """ },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Generates_compiling_code_without_diagnostics(string name, string source)
    {
        var (result, output) = GeneratorHarness.Run(source);

        Assert.True(result.Exception is null, $"{name}: {result.Exception}");
        Assert.Empty(GeneratorHarness.Report(source));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.NotEmpty(result.GeneratedSources);
        Assert.Equal(result.GeneratedSources.Length, result.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("public partial class Marker { }")]
    [InlineData("public partial class Point { public int X { get; set; } public int Y { get; } }")]
    [InlineData("public partial record Line(string Sku, int Quantity);")]
    public void Generated_readers_compile_without_warnings(string declaration)
    {
        var (result, output) = GeneratorHarness.Run($"using BsdfGen; namespace Shop; [BsdfContract] {declaration}");

        Assert.True(result.Exception is null, result.Exception?.ToString());
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning
            && diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void A_contract_attribute_on_two_partial_declarations_generates_one_file_without_throwing()
    {
        var (result, output) = GeneratorHarness.Run("""
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial class Item { public int A { get; set; } }
            [BsdfContract] public partial class Item { public int B { get; set; } }
            """);

        Assert.True(result.Exception is null, result.Exception?.ToString());
        Assert.Single(result.GeneratedSources, source => source.HintName.StartsWith("Shop.Item", StringComparison.Ordinal));
        Assert.Equal(["CS0579"], GeneratorHarness.CompileErrors(output).Select(error => error.Id).Distinct());
    }

    [Fact]
    public void Each_contract_has_its_own_file_named_after_its_full_name()
    {
        var (result, output) = GeneratorHarness.Run("""
            using BsdfGen;
            namespace Shop
            {
                public partial class Outer1 { [BsdfContract] public partial class Item { public int A { get; set; } } }
                public partial class Outer2 { [BsdfContract] public partial class Item { public int A { get; set; } } }
                public partial class Outer<T> { [BsdfContract] public partial class Item { public int A { get; set; } } }
                [BsdfContract] public partial class Item { public int A { get; set; } }
                [BsdfContract] public partial class item { public int A { get; set; } }
                [BsdfContract] public partial class ITEM { public int A { get; set; } }
                [BsdfContract] public partial class Item<T> { public int A { get; set; } }
            }
            namespace Other.@class { [BsdfContract] public partial class Item { public int A { get; set; } } }
            [BsdfContract] public partial class Item { public int A { get; set; } }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(
            new[]
            {
                "Item.g.cs", "Other.class.Item.g.cs", "Shop.ITEM.g.cs", "Shop.Item.2.g.cs", "Shop.Item`1.g.cs",
                "Shop.Outer1.Item.g.cs", "Shop.Outer2.Item.g.cs", "Shop.Outer`1.Item.g.cs", "Shop.item.3.g.cs",
            },
            result.GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal));
    }
}
