using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>Contracts that share a simple name, and keys written on a record's positional parameters.</summary>
public class SameNameContractTests
{
    [Fact]
    public void Contracts_with_the_same_simple_name_round_trip_each_with_its_own_members()
    {
        var item = new Item
        {
            Id = 7,
            Stock = new Warehouse.Item { Sku = "A-1", Count = 3 },
            Billed = new Invoice.Item("bolt", 0.25m),
            Elsewhere = new Contracts.Other.Item { Weight = 1.5 },
            Tagged = new Item<string> { Value = "tag" },
            Shouted = new ITEM { Loud = true },
        };

        var back = Bsdf.Deserialize<Item>(Bsdf.Serialize(item))!;

        Assert.Equal(7, back.Id);
        Assert.Equal(("A-1", 3), (back.Stock!.Sku, back.Stock.Count));
        Assert.Equal(new Invoice.Item("bolt", 0.25m), back.Billed);
        Assert.Equal(1.5, back.Elsewhere!.Weight);
        Assert.Equal("tag", back.Tagged!.Value);
        Assert.True(back.Shouted!.Loud);
    }

    [Fact]
    public void Each_same_named_contract_writes_its_own_keys()
    {
        var stock = (BsdfMap)Bsdf.Decode(Bsdf.Serialize(new Warehouse.Item { Sku = "A-1", Count = 3 }))!;
        var billed = (BsdfMap)Bsdf.Decode(Bsdf.Serialize(new Invoice.Item("bolt", 0.25m)))!;
        var shouted = (BsdfMap)Bsdf.Decode(Bsdf.Serialize(new ITEM { Loud = true }))!;

        Assert.Equal(["Sku", "Count"], stock.Keys);
        Assert.Equal(["Description", "Price"], billed.Keys);
        Assert.Equal(["Loud"], shouted.Keys);
        Assert.Equal(3L, stock["Count"]);
        Assert.Equal("0.25", billed["Price"]);
    }

    [Fact]
    public void A_key_on_a_positional_parameter_is_the_key_on_the_wire()
    {
        var bytes = Bsdf.Serialize(new Reading(21.5, 0.4, "roof"));

        var map = (BsdfMap)Bsdf.Decode(bytes)!;
        Assert.Equal(["t", "h", "Station"], map.Keys);
        Assert.Equal(21.5, map["t"]);
        Assert.Equal(new Reading(21.5, 0.4, "roof"), Bsdf.Deserialize<Reading>(bytes));
        var fromPython = Bsdf.Encode(new BsdfMap { ["t"] = -3.0, ["h"] = 0.9, ["Station"] = "cellar" });
        Assert.Equal(new Reading(-3.0, 0.9, "cellar"), Bsdf.Deserialize<Reading>(fromPython));
    }
}
