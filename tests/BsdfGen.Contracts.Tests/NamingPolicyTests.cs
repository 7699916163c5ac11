using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>Contracts with a naming policy read and write the keys code in other languages uses.</summary>
public class NamingPolicyTests
{
    [Fact]
    public void A_python_style_mapping_reads_into_a_snake_case_contract()
    {
        // What Python's bsdf.encode({"first_name": "ada", "loss_value": 0.25, "batch_size": None, "lr": 0.001}) writes.
        var bytes = Bsdf.Encode(new BsdfMap { ["first_name"] = "ada", ["loss_value"] = 0.25, ["batch_size"] = null, ["lr"] = 0.001 });

        var step = Bsdf.Deserialize<TrainingStep>(bytes)!;

        Assert.Equal(new TrainingStep("ada", 0.25, null) { LearningRate = 0.001 }, step);
    }

    [Fact]
    public void A_snake_case_contract_writes_snake_case_keys_and_explicit_keys_as_given()
    {
        var map = (BsdfMap)Bsdf.Decode(Bsdf.Serialize(new TrainingStep("ada", 0.5, 32) { LearningRate = 0.1 }))!;

        Assert.Equal(["first_name", "loss_value", "batch_size", "lr"], map.Keys);
        Assert.Equal(32L, map["batch_size"]);
    }

    [Fact]
    public void Camel_case_follows_System_Text_Json()
    {
        var map = (BsdfMap)Bsdf.Decode(Bsdf.Serialize(new CamelSettings { URLValue = "u", RetryCount = 3 }))!;

        Assert.Equal(["urlValue", "retryCount"], map.Keys);
        var back = Bsdf.Deserialize<CamelSettings>(Bsdf.Encode(map))!;
        Assert.Equal(("u", 3), (back.URLValue, back.RetryCount));
    }

    [Fact]
    public void Frame_columns_are_named_by_the_policy()
    {
        var frame = new List<TrainingStep> { new("ada", 0.5, null) }.ToDataFrame();

        Assert.Equal(["first_name", "loss_value", "batch_size", "lr"], frame.ColumnNames);
        Assert.Equal("ada", frame.ToRows<TrainingStep>()[0].FirstName);
    }
}
