// A tour of BsdfGen: typed contracts, dynamic values, arrays, blobs, a streamed run and lazy access.
using BsdfGen;

var directory = Path.Combine(Path.GetTempPath(), "bsdfgen-quickstart");
Directory.CreateDirectory(directory);

// 1. Any tree of plain values round-trips; mappings keep their key order.
var bytes = Bsdf.Encode(new List<object?> { "just some objects", new BsdfMap { ["foo"] = true, ["bar"] = null }, 42.001 });
Console.WriteLine($"front-page example: {bytes.Length} bytes");

// 2. .NET arrays become ndarrays that Python reads as numpy arrays.
var results = new BsdfMap
{
    ["temperatures"] = new double[,] { { 20.5, 21.0 }, { 19.5, 22.25 } },
    ["raw"] = new BsdfBlob(new byte[4096], BsdfCompression.Zlib, useChecksum: true),
};
var path = Path.Combine(directory, "results.bsdf");
Bsdf.Save(path, results);
var loaded = (BsdfMap)Bsdf.Load(path)!;
var temperatures = (BsdfNdArray)loaded["temperatures"]!;
Console.WriteLine($"temperatures: {temperatures} first={temperatures.AsSpan<double>()[0]}");

// 3. A long-running job streams records to disk; readers see every complete record.
var runPath = Path.Combine(directory, "run.bsdf");
using (var records = new BsdfListStream())
{
    Bsdf.Save(runPath, new BsdfMap { ["experiment"] = "demo", ["records"] = records });
    for (var iteration = 0; iteration < 5; iteration++)
    {
        records.Append(new BsdfMap { ["iteration"] = iteration, ["loss"] = 1.0 / (iteration + 1) });
    }
}

// 4. Lazy access: blobs stay on disk until asked for; the stream is read item by item.
using (var file = BsdfFile.Open(runPath, options: new BsdfOptions { LazyStreams = true }))
{
    var stream = (BsdfListStreamReader)((BsdfMap)file.Root!)["records"]!;
    foreach (var item in stream)
    {
        var record = (BsdfMap)item!;
        Console.WriteLine($"iteration {record["iteration"]}: loss {record["loss"]}");
    }
}

// 5. Typed contracts: the generator writes the serializer at compile time (no reflection).
var measurement = new Measurement("probe-1", DateTime.UtcNow, [20.5, 21.0, 21.25]);
var measurementBytes = Bsdf.Serialize(measurement);
var measurementBack = Bsdf.Deserialize<Measurement>(measurementBytes);
Console.WriteLine($"contract: {measurementBack.Sensor} with {measurementBack.Readings.Length} readings in {measurementBytes.Length} bytes");

/// <summary>A sensor reading series; Python sees it as a dict with a numpy array.</summary>
[BsdfContract]
public partial record Measurement(string Sensor, DateTime Taken, double[] Readings);
