using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

public class MoreMemberKindTests
{
    [Fact]
    public void Immutable_structs_are_decoded_through_the_constructor_that_sets_them()
    {
        var back = Bsdf.Deserialize<Vector2>(Bsdf.Serialize(new Vector2(3, 4)));
        Assert.Equal((3.0, 4.0, 5.0), (back.X, back.Y, back.Length));
    }

    [Fact]
    public void Other_collections_and_dynamic_model_members_round_trip()
    {
        var value = new MoreCollections
        {
            Observed = { "a", "b" },
            Sorted = { 3, 1, 2 },
            Path = new LinkedList<Vector2>([new Vector2(0, 1), new Vector2(2, 3)]),
            Ranked = { ["z"] = 1.5, ["a"] = -1 },
            Raw = BsdfNdArray.FromArray(new float[,] { { 1, 2 } }),
            Extra = new BsdfMap { ["note"] = "x" },
        };
        var back = Bsdf.Deserialize<MoreCollections>(Bsdf.Serialize(value));
        Assert.Equal(["a", "b"], back.Observed);
        Assert.Equal([1, 2, 3], back.Sorted);
        Assert.Equal(2, back.Path.Last!.Value.X);
        Assert.Equal(["a", "z"], back.Ranked.Keys);
        Assert.Equal([1f, 2f], back.Raw!.ToArray<float>());
        Assert.Equal("x", back.Extra!["note"]);
    }

    [Fact]
    public void A_dynamic_model_member_of_the_wrong_kind_is_a_located_error()
    {
        var bytes = Bsdf.Encode(new BsdfMap { ["Raw"] = "not an array" });
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<MoreCollections>(bytes));
        Assert.Contains("Expected a BsdfNdArray", error.Message);
    }
}
