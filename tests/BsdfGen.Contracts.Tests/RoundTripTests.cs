using System.Numerics;
using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

public class RoundTripTests
{
    [Fact]
    public void Every_supported_member_kind_round_trips()
    {
        var value = Samples.Everything();
        var back = Bsdf.Deserialize<Everything>(Bsdf.Serialize(value));
        Assert.Equal(value.Flag, back.Flag);
        Assert.Equal(value.I8, back.I8);
        Assert.Equal(value.U8, back.U8);
        Assert.Equal(value.I16, back.I16);
        Assert.Equal(value.U16, back.U16);
        Assert.Equal(value.I32, back.I32);
        Assert.Equal(value.U32, back.U32);
        Assert.Equal(value.I64, back.I64);
        Assert.Equal(value.U64, back.U64);
        Assert.Equal(value.F32, back.F32);
        Assert.Equal(value.F64, back.F64);
        Assert.Equal(value.F16, back.F16);
        Assert.Equal(value.Money, back.Money);
        Assert.Equal("-0.000001", back.Money.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(value.Letter, back.Letter);
        Assert.Equal(value.Text, back.Text);
        Assert.Equal(value.When, back.When);
        Assert.Equal(value.When.Kind, back.When.Kind);
        Assert.Equal(value.WhenOffset, back.WhenOffset);
        Assert.Equal(value.WhenOffset.Offset, back.WhenOffset.Offset);
        Assert.Equal(value.Day, back.Day);
        Assert.Equal(value.Time, back.Time);
        Assert.Equal(value.Span, back.Span);
        Assert.Equal(value.Id, back.Id);
        Assert.Equal(value.Z, back.Z);
        Assert.Equal(value.MaybeInt, back.MaybeInt);
        Assert.Equal(value.Weekday, back.Weekday);
        Assert.Equal(value.Blob, back.Blob);
        Assert.Equal(value.ReadOnlyBlob.ToArray(), back.ReadOnlyBlob.ToArray());
        Assert.Equal(value.MutableBlob.ToArray(), back.MutableBlob.ToArray());
        Assert.Equal(value.Samples, back.Samples);
        Assert.Equal(value.Counts, back.Counts);
        Assert.Equal(value.Weights, back.Weights);
        Assert.Equal(value.Ids.ToArray(), back.Ids.ToArray());
        Assert.Equal(value.Matrix, back.Matrix);
        Assert.Equal(value.Cube, back.Cube);
        Assert.Equal(value.Names, back.Names);
        Assert.Equal(value.Unique, back.Unique);
        Assert.Equal(value.Sequence, back.Sequence);
        Assert.Equal(value.Scores, back.Scores);
        Assert.Equal(value.Places, back.Places);
        Assert.Equal(value.Origin, back.Origin);
        Assert.Equal(value.MaybePoint, back.MaybePoint);
        Assert.Equal(value.Owner!.Name, back.Owner!.Name);
        Assert.Equal(value.Owner.Emails, back.Owner.Emails);
        Assert.Equal(new List<object?> { 1L, "two" }, ((BsdfMap)back.Anything!)["nested"]);
        Assert.Equal(value.PublicField, back.PublicField);
    }

    [Fact]
    public void Nulls_and_empty_values_round_trip()
    {
        var value = new Everything { Text = null, MaybeInt = null, MaybePoint = null, Owner = null, Blob = null, Anything = null };
        var back = Bsdf.Deserialize<Everything>(Bsdf.Serialize(value));
        Assert.Null(back.Text);
        Assert.Null(back.MaybeInt);
        Assert.Null(back.MaybePoint);
        Assert.Null(back.Owner);
        Assert.Null(back.Blob);
        Assert.Null(back.Anything);
        Assert.Empty(back.Samples);
    }

    [Fact]
    public void Records_record_structs_and_init_members_round_trip()
    {
        var person = new Person("Grace", 85) { Emails = ["a@b.c"] };
        Assert.Equal(person.Emails, Bsdf.Deserialize<Person>(Bsdf.Serialize(person)).Emails);
        Assert.Equal(person with { Emails = person.Emails }, Bsdf.Deserialize<Person>(Bsdf.Serialize(person)) with { Emails = person.Emails });
        Assert.Equal(new Point(1.5, -2), Bsdf.Deserialize<Point>(Bsdf.Serialize(new Point(1.5, -2))));
        Assert.Equal(new Tagged(7), Bsdf.Deserialize<Tagged>(Bsdf.Serialize(new Tagged(7))));
        Assert.Equal(new Outer.Inner("in"), Bsdf.Deserialize<Outer.Inner>(Bsdf.Serialize(new Outer.Inner("in"))));
    }

    [Fact]
    public void Required_members_keys_ignored_and_computed_members()
    {
        var account = new Account { Owner = "Lin", Number = 12, Currency = "USD", BalanceCents = 500, Cache = "local" };
        var bytes = Bsdf.Serialize(account);
        var map = Assert.IsType<BsdfMap>(Bsdf.Decode(bytes));
        Assert.Equal(["Owner", "Number", "Currency", "Notes", "balance_cents", "Computed"], map.Keys);
        Assert.Equal(24L, map["Computed"]);
        var back = Bsdf.Deserialize<Account>(bytes);
        Assert.Equal("Lin", back.Owner);
        Assert.Equal("USD", back.Currency);
        Assert.Equal(500, back.BalanceCents);
        Assert.Equal("not serialized", back.Cache);
    }

    [Fact]
    public void Get_only_members_are_set_through_the_marked_constructor()
    {
        var back = Bsdf.Deserialize<Measurement>(Bsdf.Serialize(new Measurement("t1", 21.5, "C")));
        Assert.Equal(("t1", 21.5, "C"), (back.Sensor, back.Value, back.Unit));
        var withoutUnit = Bsdf.Encode(new BsdfMap { ["Sensor"] = "t2", ["Value"] = 1.0 });
        Assert.Equal("m", Bsdf.Deserialize<Measurement>(withoutUnit).Unit);
    }

    [Fact]
    public void Recursive_generic_and_struct_contracts_round_trip()
    {
        var tree = new Node { Name = "root", Children = { new Node { Name = "a", Children = { new Node { Name = "a1" } } }, new Node { Name = "b" } } };
        var back = Bsdf.Deserialize<Node>(Bsdf.Serialize(tree));
        Assert.Equal("a1", back.Children[0].Children[0].Name);

        var holder = new Holder { Numbers = new Box<int> { Value = 3, Items = [1, 2] }, Words = new Box<string> { Value = "w", Items = ["x"] } };
        var holderBack = Bsdf.Deserialize<Holder>(Bsdf.Serialize(holder));
        Assert.Equal(3, holderBack.Numbers.Value);
        Assert.Equal([1, 2], holderBack.Numbers.Items);
        Assert.Equal("w", holderBack.Words.Value);

        var sample = new Sample { Index = 4, Value = 0.25 };
        Assert.Equal("4:0.25", Bsdf.Deserialize<Sample>(Bsdf.Serialize(sample)).Describe());
    }

    [Fact]
    public void Cycles_in_object_graphs_fail_at_the_depth_limit()
    {
        var node = new Node { Name = "loop" };
        node.Children.Add(node);
        var error = Assert.Throws<BsdfException>(() => Bsdf.Serialize(node));
        Assert.Contains("maximum depth", error.Message);
    }

    [Fact]
    public void Complex_members_use_the_c_extension()
    {
        var map = Assert.IsType<BsdfMap>(Bsdf.Decode(Bsdf.Serialize(Samples.Everything())));
        Assert.Equal(new Complex(1, -2), map["Z"]);
        Assert.IsType<BsdfNdArray>(map["Samples"]);
        Assert.Equal(BsdfDType.Float64, ((BsdfNdArray)map["Matrix"]!).DType);
    }
}
