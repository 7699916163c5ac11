using System.Globalization;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>BSDF018 at each typed entry point, at the type argument or the argument it is inferred from (after <c>/*!*/</c>).</summary>
public class CallSiteAnalyzerTests
{
    private const string Types = """
        global using BsdfGen;
        global using System.Collections.Generic;
        public class Person { public string Name { get; set; } = ""; }
        [BsdfContract] public partial class Order { public int Id { get; set; } }
        [BsdfContract] public partial class Box<T> { public T Value { get; set; } = default!; }
        """;

    /// <summary>Stand-ins with the names of the ASP.NET Core and gRPC helpers (their assemblies are not referenced here).</summary>
    private const string Integrations = """
        namespace BsdfGen.AspNetCore
        {
            public static class BsdfHttpResponseExtensions { public static System.Threading.Tasks.Task WriteAsBsdfAsync<T>(this object response, T value) => System.Threading.Tasks.Task.CompletedTask; }
            public static class BsdfResults { public static object Bsdf<T>(T value, int? statusCode = null) => value!; }
        }
        namespace BsdfGen.Grpc
        {
            public static class BsdfMarshaller { public static object Create<T>() => new object(); }
        }
        """;

    public static TheoryData<string> Misuses => new()
    {
        "class U { Person P(byte[] data) => Bsdf.Deserialize</*!*/Person>(data); }",
        "class U { byte[] S(List<Person> people) => Bsdf.Serialize(/*!*/people); }",
        "class U { System.Threading.Tasks.Task<Person> D(System.IO.Stream s) => new BsdfSerializer().DeserializeAsync</*!*/Person>(s); }",
        "class U { async System.Threading.Tasks.Task R(System.IO.Stream s) { await foreach (var p in Bsdf.ReadStreamAsync</*!*/Person>(s)) { } } }",
        "class U { System.Threading.Tasks.Task<Person> G(System.Net.Http.HttpClient c) => BsdfGen.Http.HttpClientBsdfExtensions.GetFromBsdfAsync</*!*/Person>(c, \"/p\"); }",
        "class U { object C(Person p) => BsdfGen.Http.BsdfContent.Create(/*!*/p); }",
        "using BsdfGen.AspNetCore; class U { System.Threading.Tasks.Task W(object response, Person p) => response.WriteAsBsdfAsync(/*!*/p); }",
        "class U { object R(Person p) => BsdfGen.AspNetCore.BsdfResults.Bsdf(/*!*/p, 201); }",
        "class U { object M() => BsdfGen.Grpc.BsdfMarshaller.Create</*!*/Person>(); }",
        "class U { Dictionary<int, string> D(byte[] b) => Bsdf.Deserialize</*!*/Dictionary<int, string>>(b); }",
        "class U { Box<Person> D(byte[] b) => Bsdf.Deserialize</*!*/Box<Person>>(b); }",
    };

    public static TheoryData<string> ValidUses => new()
    {
        "class U { Order D(byte[] b) => Bsdf.Deserialize<Order>(b); }",
        "class U { byte[] S(List<Order> orders) => Bsdf.Serialize(orders); }",
        "class U { Box<int> D(byte[] b) => Bsdf.Deserialize<Box<int>>(b); }",
        "class U { Dictionary<string, int> D(byte[] b) => Bsdf.Deserialize<Dictionary<string, int>>(b); }",
        "class U { object? D(byte[] b) => Bsdf.Deserialize<object>(b); }",
        "class U { double[,] D(byte[] b) => Bsdf.Deserialize<double[,]>(b); }",
        "class U { T D<T>(byte[] b) => Bsdf.Deserialize<T>(b); }",
        "class U { List<T> D<T>(byte[] b) => Bsdf.Deserialize<List<T>>(b); }",
        "class U { byte[] S(BsdfBlob blob) => Bsdf.Serialize(blob); }",
        "class U { object M() => BsdfGen.Grpc.BsdfMarshaller.Create<Order>(); }",
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void A_type_without_a_codec_is_an_error_at_the_call(string use)
    {
        var diagnostics = GeneratorHarness.Report(use, Types, Integrations);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("BSDF018", diagnostic.Id);
        Assert.Equal("Source0.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(use.IndexOf("/*!*/", StringComparison.Ordinal) + "/*!*/".Length, diagnostic.Location.SourceSpan.Start);
        Assert.Contains("Person", diagnostic.GetMessage(CultureInfo.InvariantCulture) + (use.Contains("Dictionary<int") ? "Person" : ""));
    }

    [Fact]
    public void The_message_names_the_type_and_the_reason()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Report("class U { byte[] S(List<Person> people) => Bsdf.Serialize(people); }", Types));

        Assert.Equal(
            "Bsdf.Serialize is called with 'System.Collections.Generic.List<Person>', which BsdfGen cannot serialize: "
                + "its items of type 'Person' are not a BSDF type, a collection of them, or a [BsdfContract] type",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(ValidUses))]
    public void Supported_types_and_open_type_parameters_are_not_reported(string use) =>
        Assert.Empty(GeneratorHarness.Report(use, Types, Integrations));
}
