// Runs the typed and dynamic APIs in a trimmed, self-contained app (or a Native AOT one) and checks every result.
// Exit code 0 and "all checks passed" mean the generated serializers and the runtime survived trimming / AOT.
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

var everyKind = new EveryKind
{
    Name = "all", Flag = true, Byte = 200, SByte = -5, Short = -300, UShort = 60000, UInt = 4_000_000_000, Long = long.MinValue,
    ULong = 1UL << 62, Single = 1.5f, Half = (Half)0.25, Char = 'é', Decimal = 1.10m, Priority = Priority.High, Present = 2.5,
    Instant = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(2)), Day = new DateOnly(2026, 11, 28),
    At = new TimeOnly(9, 30, 15), Duration = TimeSpan.FromMinutes(90), Id = Guid.Parse("8d6c0a53-3b8e-4e55-a0a4-8d33b1c5e2f1"),
    Complex = new Complex(3, -4), Blob = [1, 2, 3], Memory = new byte[] { 4, 5 }, Matrix = new double[,] { { 1, 2 }, { 3, 4 } },
    Cube = new short[2, 1, 2] { { { 1, 2 } }, { { 3, 4 } } }, Numbers = [1, 2, 3], Set = ["a", "b"], Table = new() { ["pi"] = 3.14 },
    ReadOnly = [0.5f], Immutable = [7L, 8L], Anything = new List<object?> { "x", 1L }, Map = new BsdfMap { ["k"] = "v" },
    Array = BsdfNdArray.Create<float>([1, 2, 3], 3), Frame = new BsdfDataFrame().Add("n", new long[] { 1, 2 }),
    Point = new Point(1, 2), Box = new Box<int> { Value = 5, Items = [6, 7] },
    Reading = new Reading(1, "s", 0.5, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), Priority.Low), Keyed = "key", NotSerialized = "changed",
};
var kinds = Bsdf.Deserialize<EveryKind>(Bsdf.Serialize(everyKind));
Check("scalar members", kinds.Name == "all" && kinds.Flag && kinds.Byte == 200 && kinds.SByte == -5 && kinds.Short == -300
    && kinds.UShort == 60000 && kinds.UInt == 4_000_000_000 && kinds.Long == long.MinValue && kinds.ULong == 1UL << 62
    && kinds.Single == 1.5f && kinds.Half == (Half)0.25 && kinds.Char == 'é' && kinds.Decimal == 1.10m && kinds.Priority == Priority.High
    && kinds.Missing is null && kinds.Present == 2.5);
Check("dates, times, ids and complex numbers", kinds.Instant == everyKind.Instant && kinds.Instant.Offset == everyKind.Instant.Offset
    && kinds.Day == everyKind.Day && kinds.At == everyKind.At && kinds.Duration == everyKind.Duration && kinds.Id == everyKind.Id
    && kinds.Complex == everyKind.Complex);
Check("blob and array members", kinds.Blob!.SequenceEqual(everyKind.Blob) && kinds.Memory.Span.SequenceEqual(everyKind.Memory.Span)
    && kinds.Matrix[1, 0] == 3 && kinds.Cube[1, 0, 1] == 4 && kinds.Array!.AsSpan<float>().SequenceEqual([1f, 2f, 3f]));
Check("collection members", kinds.Numbers.SequenceEqual([1, 2, 3]) && kinds.Set.SetEquals(["a", "b"]) && kinds.Table["pi"] == 3.14
    && kinds.ReadOnly.SequenceEqual([0.5f]) && kinds.Immutable.SequenceEqual([7L, 8L]));
Check("dynamic members", kinds.Anything is List<object?> { Count: 2 } && (string?)kinds.Map!["k"] == "v"
    && kinds.Frame!.GetColumn<BsdfPrimitiveColumn<long>>("n").Values.SequenceEqual([1L, 2L]));
Check("nested, generic and struct contracts", kinds.Point.Y == 2 && kinds.Box.Value == 5 && kinds.Box.Items.SequenceEqual([6, 7])
    && kinds.Reading == everyKind.Reading);
Check("renamed and ignored members", kinds.Keyed == "key" && kinds.NotSerialized == "default"
    && ((BsdfMap)Bsdf.Decode(Bsdf.Serialize(everyKind))!).ContainsKey("renamed"));

var folder = Directory.CreateTempSubdirectory("bsdf-sample");
try
{
    var streamPath = Path.Combine(folder.FullName, "run.bsdf");
    using (var records = new BsdfListStream())
    {
        Bsdf.Save(streamPath, new BsdfMap { ["experiment"] = "sample", ["records"] = records });
        records.Append(new Reading(1, "a", 0.5, everyKind.Reading.Taken, Priority.Low));
        records.Append(new Reading(2, null, 1.5, everyKind.Reading.Taken, Priority.High));
        using var follower = Bsdf.Follow(streamPath);
        var fresh = follower.ReadNew<Reading>();
        records.Close();
        Check("list stream written and followed", fresh.Count == 2 && fresh[1].Sensor is null && fresh[1].Priority == Priority.High);
    }

    Check("closed list stream read back", Bsdf.Load(streamPath) is BsdfMap { } run && run["records"] is List<object?> { Count: 2 });

    var blobPath = Path.Combine(folder.FullName, "blobs.bsdf");
    var payload = Enumerable.Range(0, 4096).Select(i => (byte)(i % 7)).ToArray();
    Bsdf.Save(blobPath, new BsdfMap
    {
        ["zlib"] = new BsdfBlob(payload, BsdfCompression.Zlib, useChecksum: true),
        ["bz2"] = new BsdfBlob(payload, BsdfCompression.Bz2),
        ["plain"] = new BsdfBlob(payload, BsdfCompression.None, extraSize: 64, useChecksum: true),
    });
    var blobs = (BsdfMap)Bsdf.Load(blobPath)!;
    Check("compressed and checksummed blobs", blobs.Values.All(blob => blob is byte[] bytes && bytes.SequenceEqual(payload)));
    using (var file = Bsdf.Open(blobPath, BsdfFileAccess.ReadWrite))
    {
        var plain = (BsdfLazyBlob)((BsdfMap)file.Root!)["plain"]!;
        plain.Write(0, [42]);
    }

    Check("blob edited in place", ((byte[])((BsdfMap)Bsdf.Load(blobPath)!)["plain"]!)[0] == 42);

    var arrayPath = Path.Combine(folder.FullName, "arrays.bsdf");
    var series = Enumerable.Range(0, 1000).Select(i => i * 0.5).ToArray();
    Bsdf.Save(arrayPath, new BsdfMap { ["series"] = series }, new BsdfOptions { BlobAlignment = 64 });
    using (var mapped = Bsdf.Open(arrayPath))
    {
        var view = (BsdfNdArray)((BsdfMap)mapped.Root!)["series"]!;
        Check("memory-mapped ndarray", view.AsSpan<double>().SequenceEqual(series));
    }
}
finally
{
    folder.Delete(recursive: true);
}

var frame = new BsdfDataFrame()
    .Add("id", Enumerable.Range(0, 5000).Select(i => (long)i).ToArray())
    .Add("price", Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? (double?)null : i * 0.25).ToArray())
    .Add("name", Enumerable.Range(0, 5000).Select(i => i % 5 == 0 ? null : $"item {i % 17}").ToArray())
    .Add("when", BsdfTimestampColumn.FromInstants([.. Enumerable.Range(0, 5000).Select(i => (DateTimeOffset?)DateTimeOffset.UnixEpoch.AddSeconds(i))]))
    .Add("city", BsdfDictionaryColumn.FromStrings([.. Enumerable.Range(0, 5000).Select(i => i % 2 == 0 ? "oslo" : "rome")]));
var frameBack = (BsdfDataFrame)Bsdf.Decode(Bsdf.Encode(frame))!;
Check("data frame round trip (LZ4 columns)", frameBack.ContentEquals(frame) && frameBack.GetColumn<BsdfPrimitiveColumn<double>>("price")[3] is null);
var rows = new List<Reading> { new(1, "a", 0.5, everyKind.Reading.Taken, Priority.Low), new(2, null, 2, everyKind.Reading.Taken, Priority.High) };
Check("contract rows to a frame and back", rows.ToDataFrame().ToRows<Reading>().SequenceEqual(rows));

Console.WriteLine(failures == 0 ? "all checks passed" : $"{failures} checks failed");
return failures == 0 ? 0 : 1;
