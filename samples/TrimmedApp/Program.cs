// Runs the typed and dynamic APIs in a trimmed, self-contained app and checks every result.
// Exit code 0 and "all checks passed" mean the generated serializers survived trimming.
using System.Numerics;
using BsdfGen;
using TrimmedApp;

var failures = 0;
void Check(string what, bool ok)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    failures += ok ? 0 : 1;
}

var order = new Order
{
    Id = 42,
    Customer = "Ada",
    Placed = new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc),
    Lines = [new Line("A-1", 2, 9.5), new Line("B-2", 1, 20)],
    Tags = ["rush"],
    Samples = [1.0, 2.0, 3.0],
    Shape = new Circle { Radius = 2 },
};
var bytes = Bsdf.Serialize(order);
var back = Bsdf.Deserialize<Order>(bytes);
Check("contract round trip", back.Id == 42 && back.Customer == "Ada" && back.Placed == order.Placed);
Check("nested records", back.Lines.Count == 2 && back.Lines[1] == new Line("B-2", 1, 20));
Check("numeric array as ndarray", back.Samples.SequenceEqual([1.0, 2.0, 3.0]));
Check("polymorphic member", back.Shape is Circle { Radius: 2 });
Check("contract equals its dictionary", bytes.AsSpan().SequenceEqual(Bsdf.Encode(new BsdfMap
{
    ["Id"] = 42,
    ["Customer"] = "Ada",
    ["Placed"] = order.Placed,
    ["Lines"] = order.Lines.Select(l => new BsdfMap { ["Sku"] = l.Sku, ["Quantity"] = l.Quantity, ["Price"] = l.Price }).ToList(),
    ["Tags"] = order.Tags,
    ["Samples"] = order.Samples,
    ["Shape"] = order.Shape,
})));
Check("top-level list", Bsdf.Deserialize<List<Order>>(Bsdf.Serialize(new List<Order> { order, order })).Count == 2);

var dynamic = Bsdf.Decode(Bsdf.Encode(new List<object?> { "just some objects", new BsdfMap { ["foo"] = true, ["bar"] = null }, 42.001, new Complex(3, 4), new double[,] { { 1, 2 } } }));
Check("dynamic values", dynamic is List<object?> { Count: 5 } items && items[3] is Complex { Real: 3 } && items[4] is BsdfNdArray { Rank: 2 });

Console.WriteLine(failures == 0 ? "all checks passed" : $"{failures} checks failed");
return failures == 0 ? 0 : 1;
