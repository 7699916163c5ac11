using System.Text.Json;
using BsdfGen.Generator.Parsing;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>Naming policies give the keys System.Text.Json's policies give, computed when the contract is generated.</summary>
public class NamingPolicyTests
{
    private static readonly string[] Names =
    [
        "FirstName", "LossValue", "URLValue", "XMLHttpRequest", "SHA512Hash", "Id", "ID", "id", "A", "a1B2",
        "Value2D", "already_snake", "IOStream", "HTMLParser", "Name_With_Underscores", "_leading", "IPAddress", "X",
        "Ünïcödé", "ÆblegrødMedFløde", "MaxValue9000", "GetHTTPResponseCode", "Item1",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Keys_match_System_Text_Json(int value)
    {
        var policy = (NamingPolicy)value;
        var reference = policy switch
        {
            NamingPolicy.CamelCase => JsonNamingPolicy.CamelCase,
            NamingPolicy.SnakeCaseLower => JsonNamingPolicy.SnakeCaseLower,
            NamingPolicy.SnakeCaseUpper => JsonNamingPolicy.SnakeCaseUpper,
            NamingPolicy.KebabCaseLower => JsonNamingPolicy.KebabCaseLower,
            _ => JsonNamingPolicy.KebabCaseUpper,
        };

        Assert.Equal(Names.Select(reference.ConvertName), Names.Select(name => KeyNaming.Apply(policy, name)));
    }

    [Fact]
    public void No_policy_keeps_the_name() => Assert.Equal("LossValue", KeyNaming.Apply(NamingPolicy.None, "LossValue"));

    [Fact]
    public void The_policy_is_applied_at_compile_time_and_explicit_keys_win()
    {
        var contract = """
            using BsdfGen;
            [BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
            public partial record Run(string FirstName, double LossValue, [property: BsdfProperty("Epochs")] int EpochCount);
            """;
        var (result, _) = GeneratorHarness.Run(contract);

        var source = Assert.Single(result.GeneratedSources).SourceText.ToString();
        Assert.Empty(GeneratorHarness.Report(contract));
        Assert.Contains("\"first_name\"u8", source);
        Assert.Contains("\"loss_value\"u8", source);
        Assert.Contains("\"Epochs\"u8", source);
        Assert.DoesNotContain("\"FirstName\"u8", source);
    }

    [Fact]
    public void The_assembly_default_applies_unless_a_contract_sets_its_own()
    {
        var contract = """
            using BsdfGen;
            [assembly: BsdfContractDefaults(NamingPolicy = BsdfNamingPolicy.KebabCaseUpper)]
            [BsdfContract] public partial class Defaulted { public int LossValue { get; set; } }
            [BsdfContract(NamingPolicy = BsdfNamingPolicy.CamelCase)] public partial class Own { public int LossValue { get; set; } }
            """;
        var (result, _) = GeneratorHarness.Run(contract);

        Assert.Empty(GeneratorHarness.Report(contract));
        var sources = result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        Assert.Contains("\"LOSS-VALUE\"u8", sources.Single(pair => pair.Key.Contains("Defaulted")).Value);
        Assert.Contains("\"lossValue\"u8", sources.Single(pair => pair.Key.Contains("Own")).Value);
    }
}
