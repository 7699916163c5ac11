using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

public class PolymorphismTests
{
    [Fact]
    public void Derived_contracts_are_tagged_with_their_extension_and_dispatched_on_read()
    {
        var drawing = new Drawing
        {
            Shapes = { new Circle { Label = "c", Radius = 2 }, new Square { Label = "s", Side = 3 } },
            Highlight = new Square { Side = 1 },
        };
        var bytes = Bsdf.Serialize(drawing);
        var back = Bsdf.Deserialize<Drawing>(bytes);
        Assert.Equal(2, Assert.IsType<Circle>(back.Shapes[0]).Radius);
        Assert.Equal("s", Assert.IsType<Square>(back.Shapes[1]).Label);
        Assert.IsType<Square>(back.Highlight);

        var plain = Assert.IsType<BsdfMap>(Bsdf.Decode(bytes, new BsdfOptions { Warning = _ => { } }));
        var shapes = Assert.IsType<List<object?>>(plain["Shapes"]);
        Assert.Equal("test.circle", Assert.IsType<BsdfExtensionValue>(shapes[0]).Name);
    }

    [Fact]
    public void An_abstract_base_with_an_unknown_tag_is_a_clear_error()
    {
        var bytes = Bsdf.Encode(new BsdfMap { ["Shapes"] = new List<object?> { new BsdfExtensionValue("test.triangle", new BsdfMap()) } });
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Drawing>(bytes));
        Assert.Contains("test.triangle", error.Message);
    }

    [Fact]
    public void Tagged_contracts_can_be_decoded_by_a_serializer_extension()
    {
        var serializer = new BsdfSerializer().AddExtension(BsdfExtension.Create<Tagged>(
            "test.tagged", tagged => new BsdfMap { ["A"] = tagged.A }, value => new Tagged((int)(long)((BsdfMap)value!)["A"]!)));
        Assert.Equal(new Tagged(9), serializer.Decode(Bsdf.Serialize(new Tagged(9))));
    }
}
