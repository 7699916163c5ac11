using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>The generated source of representative contracts, compared with checked-in snapshots.</summary>
public class SnapshotTests
{
    // A polymorphic base and its tagged derived contract: one source, two generated files.
    private const string Shapes = """
        using BsdfGen;
        namespace Shapes;
        [BsdfContract, BsdfKnownType(typeof(Circle))]
        public abstract partial class Shape { public string Label { get; set; } = ""; }
        [BsdfContract(Extension = "app.circle")]
        public partial class Circle : Shape { public double Radius { get; set; } }
        """;

    public static TheoryData<string, string, string> Contracts => new()
    {
        {
            "ClassWithCollections", "Shop.Order.g.cs", """
            using System;
            using System.Collections.Generic;
            using BsdfGen;
            namespace Shop;
            public enum Status { Open, Closed }
            [BsdfContract]
            public partial class Order
            {
                public int Id { get; set; }
                [BsdfProperty("customer_name")] public string Customer { get; set; } = "";
                public DateTime Placed { get; set; }
                public Status Status { get; set; }
                public List<Line> Lines { get; set; } = new();
                public double[] Samples { get; set; } = [];
                public IReadOnlyList<string> Tags { get; set; } = [];
                public Dictionary<string, int> Counts { get; set; } = new();
                public decimal? Discount { get; set; }
                [BsdfIgnore] public object? Cache { get; set; }
                public int Total => Id * 2;
            }
            [BsdfContract]
            public partial class Line { public string Sku { get; set; } = ""; public int Quantity; }
            """
        },
        {
            "RecordWithInitAndRequired", "People.Person.g.cs", """
            using BsdfGen;
            namespace People;
            [BsdfContract]
            public partial record Person(string Name, int Age = 18)
            {
                public string[] Emails { get; init; } = [];
                public required string Country { get; init; }
            }
            """
        },
        {
            "RecordStruct", "Point.g.cs", """
            using BsdfGen;
            [BsdfContract]
            public partial record struct Point(double X, double Y);
            """
        },
        {
            "PolymorphicBase", "Shapes.Shape.g.cs", Shapes
        },
        {
            "TaggedDerived", "Shapes.Circle.g.cs", Shapes
        },
        {
            "GenericNestedWithConstructor", "Outer.Box`1.g.cs", """
            using System.Collections.Generic;
            using BsdfGen;
            public partial class Outer
            {
                [BsdfContract]
                public partial class Box<T>
                {
                    [BsdfConstructor]
                    public Box(T value) { Value = value; }
                    public T Value { get; }
                    public List<T> More { get; init; } = new();
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Generated_source_matches_the_snapshot_and_compiles(string name, string hintName, string source)
    {
        var (result, output) = GeneratorHarness.Run(source);
        Assert.Empty(GeneratorHarness.Report(source));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var generated = result.GeneratedSources.Single(s => s.HintName == hintName);
        SnapshotAssert.Matches(name, generated.SourceText.ToString());
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var source = (string)Contracts.First()[2];
        string[] Generate() => GeneratorHarness.Run(source).Result.GeneratedSources.Select(s => s.SourceText.ToString()).ToArray();
        Assert.Equal(Generate(), Generate());
    }
}
