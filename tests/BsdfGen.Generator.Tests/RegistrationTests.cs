using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>The module initializer generated from calls to typed entry points.</summary>
public class RegistrationTests
{
    private const string Contracts = """
        using BsdfGen;
        using System.Collections.Generic;
        namespace Shop;
        [BsdfContract] public partial class Order { public int Id { get; set; } }
        [BsdfContract] public partial class Box<T> { public T Value { get; set; } = default!; }
        [BsdfContract] public partial record Pair<T>(T First, T Second);
        public enum Color { Red, Green }
        """;

    [Fact]
    public void Closed_generic_contracts_and_types_without_a_default_codec_are_registered()
    {
        var (result, output) = GeneratorHarness.Run(Contracts, """
            using BsdfGen;
            using System.Collections.Generic;
            using Shop;
            static class Uses
            {
                static void Run(byte[] b, BsdfSerializer serializer)
                {
                    Bsdf.Deserialize<Box<int>>(b);
                    Bsdf.Serialize(new List<Box<Pair<string>>>());
                    serializer.Deserialize<Dictionary<string, Color>>(b);
                    Bsdf.Deserialize<Order>(b);
                    Bsdf.Deserialize<Box<int>>(b);
                }

                static T Open<T>(byte[] b) => Bsdf.Deserialize<T>(b);
            }
            """);

        var registrations = Assert.Single(result.GeneratedSources, source => source.HintName == "BsdfGen.CallSiteRegistrations.g.cs").SourceText.ToString();
        var lines = registrations.Split('\n').Select(line => line.Trim()).Where(line => line.Contains("Register", StringComparison.Ordinal) && !line.StartsWith("///", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "internal static void Register()",
                "global::BsdfGen.Typed.BsdfCodecRegistry.RegisterContract<global::Shop.Box<global::Shop.Pair<string>>, global::Shop.Box<global::Shop.Pair<string>>.__BsdfCodec>();",
                "global::BsdfGen.Typed.BsdfCodecRegistry.RegisterContract<global::Shop.Box<int>, global::Shop.Box<int>.__BsdfCodec>();",
                "global::BsdfGen.Typed.BsdfCodecRegistry.RegisterContract<global::Shop.Pair<string>, global::Shop.Pair<string>.__BsdfCodec>();",
                "if (!global::BsdfGen.Typed.BsdfCodecRegistry.IsRegistered<global::System.Collections.Generic.Dictionary<string, global::Shop.Color>>())",
                "global::BsdfGen.Typed.BsdfCodecRegistry.Register<global::System.Collections.Generic.Dictionary<string, global::Shop.Color>, global::BsdfGen.Typed.DictionaryCodec<global::Shop.Color, global::BsdfGen.Typed.EnumCodec<global::Shop.Color>>>();",
                "if (!global::BsdfGen.Typed.BsdfCodecRegistry.IsRegistered<global::System.Collections.Generic.List<global::Shop.Box<global::Shop.Pair<string>>>>())",
                "global::BsdfGen.Typed.BsdfCodecRegistry.Register<global::System.Collections.Generic.List<global::Shop.Box<global::Shop.Pair<string>>>, global::BsdfGen.Typed.ListCodec<global::Shop.Box<global::Shop.Pair<string>>, global::Shop.Box<global::Shop.Pair<string>>.__BsdfCodec>>();",
            ],
            lines);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Nothing_is_generated_without_calls_or_for_a_contract_with_errors()
    {
        var (result, _) = GeneratorHarness.Run(Contracts, """
            using BsdfGen;
            [BsdfContract] public partial class Broken<T> { public T Value { get; set; } = default!; public Broken(int unknown) { } }
            static class Uses { static void Run(byte[] b) { Bsdf.Deserialize<Broken<int>>(b); Bsdf.Deserialize<int>(b); } }
            """);

        var registrations = result.GeneratedSources.SingleOrDefault(source => source.HintName == "BsdfGen.CallSiteRegistrations.g.cs");
        Assert.DoesNotContain("Broken", registrations.SourceText?.ToString() ?? "");
    }
}
