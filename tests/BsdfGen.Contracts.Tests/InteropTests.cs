using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>Contracts are ordinary BSDF mappings: byte-identical to the dynamic encoding, readable from dictionaries written elsewhere.</summary>
public class InteropTests
{
    [Fact]
    public void A_contract_encodes_exactly_as_the_equivalent_dictionary()
    {
        var order = Samples.Order();
        var dictionary = new BsdfMap
        {
            ["Id"] = order.Id,
            ["Customer"] = order.Customer,
            ["Placed"] = order.Placed,
            ["Status"] = order.Status,
            ["Lines"] = order.Lines.Select(line => new BsdfMap { ["Sku"] = line.Sku, ["Quantity"] = line.Quantity, ["Price"] = line.Price }).ToList(),
            ["Tags"] = order.Tags.ToList(),
            ["Total"] = order.Total,
            ["Reference"] = order.Reference,
            ["Discount"] = order.Discount,
        };
        Assert.Equal(Bsdf.Encode(dictionary), Bsdf.Serialize(order));
    }

    [Fact]
    public void Every_member_kind_encodes_as_the_equivalent_dynamic_values()
    {
        var value = Samples.Everything();
        var dictionary = new BsdfMap
        {
            ["Flag"] = value.Flag, ["I8"] = value.I8, ["U8"] = value.U8, ["I16"] = value.I16, ["U16"] = value.U16,
            ["I32"] = value.I32, ["U32"] = value.U32, ["I64"] = value.I64, ["U64"] = value.U64, ["F32"] = value.F32,
            ["F64"] = value.F64, ["F16"] = value.F16, ["Money"] = value.Money, ["Letter"] = value.Letter, ["Text"] = value.Text,
            ["When"] = value.When, ["WhenOffset"] = value.WhenOffset, ["Day"] = value.Day, ["Time"] = value.Time, ["Span"] = value.Span,
            ["Id"] = value.Id, ["Z"] = value.Z, ["MaybeInt"] = value.MaybeInt, ["Weekday"] = value.Weekday, ["Blob"] = value.Blob,
            ["ReadOnlyBlob"] = value.ReadOnlyBlob, ["MutableBlob"] = value.MutableBlob,
            ["Samples"] = value.Samples, ["Counts"] = value.Counts.ToArray(), ["Weights"] = value.Weights.ToArray(), ["Ids"] = value.Ids.ToArray(),
            ["Matrix"] = value.Matrix, ["Cube"] = value.Cube, ["Names"] = value.Names, ["Unique"] = value.Unique.ToList(),
            ["Sequence"] = value.Sequence.ToList(), ["Scores"] = value.Scores, ["Places"] = value.Places, ["Origin"] = value.Origin,
            ["MaybePoint"] = value.MaybePoint, ["Owner"] = value.Owner, ["Anything"] = value.Anything, ["PublicField"] = value.PublicField,
        };
        Assert.Equal(Bsdf.Encode(dictionary), Bsdf.Serialize(value));
    }

    [Fact]
    public void A_dictionary_written_elsewhere_reads_into_the_contract_in_any_key_order_with_extra_keys()
    {
        var bytes = Bsdf.Encode(new BsdfMap
        {
            ["Unknown"] = new BsdfMap { ["deep"] = new List<object?> { new byte[10], 1.5, null } },
            ["Lines"] = new List<object?> { new BsdfMap { ["Price"] = 2L, ["Sku"] = "z", ["Extra"] = "ignored" } },
            ["Id"] = 5L,
            ["Customer"] = "Bo",
        });
        var order = Bsdf.Deserialize<Order>(bytes);
        Assert.Equal(5, order.Id);
        Assert.Equal("Bo", order.Customer);
        Assert.Equal(2.0, order.Lines[0].Price);
        Assert.Equal(0, order.Lines[0].Quantity);
        Assert.Empty(order.Tags);
        Assert.Null(order.Discount);
    }

    [Fact]
    public void Integers_written_as_int16_or_int64_read_into_any_integer_member()
    {
        var small = Bsdf.Deserialize<OrderLine>(Bsdf.Encode(new BsdfMap { ["Quantity"] = 7L }));
        Assert.Equal(7, small.Quantity);
        var large = Bsdf.Deserialize<OrderLine>(Bsdf.Encode(new BsdfMap { ["Quantity"] = 70000L }));
        Assert.Equal(70000, large.Quantity);
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<OrderLine>(Bsdf.Encode(new BsdfMap { ["Quantity"] = 1L << 40 })));
        Assert.Contains("does not fit in Int32", error.Message);
    }

    [Fact]
    public void Missing_keys_keep_defaults_but_required_members_and_constructor_parameters_are_errors()
    {
        var account = Bsdf.Deserialize<Account>(Bsdf.Encode(new BsdfMap { ["Owner"] = "x", ["Number"] = 1L }));
        Assert.Equal("EUR", account.Currency);
        Assert.Equal(["created"], account.Notes);

        var missingRequired = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Account>(Bsdf.Encode(new BsdfMap { ["Owner"] = "x" })));
        Assert.Contains("'Number'", missingRequired.Message);
        Assert.Equal(6, missingRequired.Offset);

        var missingParameter = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Person>(Bsdf.Encode(new BsdfMap { ["Name"] = "x" })));
        Assert.Contains("'Age'", missingParameter.Message);
    }

    [Fact]
    public void Wrong_value_types_are_located_errors()
    {
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<OrderLine>(Bsdf.Encode(new BsdfMap { ["Sku"] = 5L })));
        Assert.Contains("Expected a string", error.Message);
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Order>(Bsdf.Encode(new List<object?>())));
        Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Everything>(Bsdf.Encode(new BsdfMap { ["Day"] = "not a date" })));
    }

    [Fact]
    public void Numeric_members_accept_plain_lists_as_numpy_free_writers_send_them()
    {
        var bytes = Bsdf.Encode(new BsdfMap { ["Samples"] = new List<object?> { 1L, 2.5 }, ["Counts"] = new List<object?> { 3L } });
        var value = Bsdf.Deserialize<Everything>(bytes);
        Assert.Equal([1.0, 2.5], value.Samples);
        Assert.Equal([3], value.Counts);
    }
}
