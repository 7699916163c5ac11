using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>Attributes written on a record's positional parameter, where C# applies them to the parameter and not the property.</summary>
public class PositionalRecordTests
{
    [Fact]
    public void A_key_on_a_positional_parameter_names_the_property()
    {
        const string source = """
            using BsdfGen;
            namespace Shop;
            [BsdfContract] public partial record Line([BsdfProperty("sku")] string Code, [property: BsdfProperty("qty")] int Quantity, double Price);
            [BsdfContract] public partial record Discounted(string Code, int Quantity, double Price, [BsdfProperty("off")] double Off)
                : Line(Code, Quantity, Price);
            """;
        var (result, output) = GeneratorHarness.Run(source);

        Assert.Empty(GeneratorHarness.Report(source));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var line = result.GeneratedSources.Single(s => s.HintName == "Shop.Line.g.cs").SourceText.ToString();
        Assert.Equal(["\"sku\"u8", "\"qty\"u8", "\"Price\"u8"], WrittenKeys(line));
        var discounted = result.GeneratedSources.Single(s => s.HintName == "Shop.Discounted.g.cs").SourceText.ToString();
        Assert.Equal(["\"sku\"u8", "\"qty\"u8", "\"Price\"u8", "\"off\"u8"], WrittenKeys(discounted));
    }

    [Fact]
    public void An_attribute_that_cannot_apply_to_a_parameter_is_a_compile_error_not_ignored()
    {
        var (_, output) = GeneratorHarness.Run("using BsdfGen; [BsdfContract] public partial record R([BsdfIgnore] int A, int B);");
        Assert.Contains(GeneratorHarness.CompileErrors(output), error => error.Id == "CS0592");
    }

    /// <summary>The keys the writer writes, alone or into a reserved span with the scalars after them.</summary>
    private static List<string> WrittenKeys(string generated) =>
        generated.Split('\n').Where(line => line.Contains("writer.WriteKeyUtf8(", StringComparison.Ordinal) || line.Contains("BsdfEncoding.WriteKey(", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, "\"[^\"]*\"u8").Value).ToList();
}
