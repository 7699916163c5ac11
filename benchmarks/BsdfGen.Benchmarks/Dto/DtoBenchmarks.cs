using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Google.Protobuf;

namespace BsdfGen.Benchmarks.Dto;

/// <summary>
/// A small (10 lines) and a medium (200 lines) order through BsdfGen, System.Text.Json source generation (the
/// baseline of each category), Newtonsoft.Json and Google.Protobuf. Serializers write into a buffer reused across
/// operations; deserializers read from bytes each serializer produced in setup.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DtoBenchmarks
{
    public const string Serialize = "DTO serialize";
    public const string Deserialize = "DTO deserialize";
    public const string RoundTrip = "DTO round trip";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private Order _order = null!;
    private Proto.Order _proto = null!;
    private byte[] _bsdf = null!;
    private byte[] _json = null!;
    private byte[] _newtonsoft = null!;
    private byte[] _protobuf = null!;
    private Utf8JsonWriter _jsonWriter = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoftSerializer = null!;
    private MemoryStream _newtonsoftStream = null!;
    private StreamWriter _newtonsoftText = null!;

    [Params("Small", "Medium")]
    public string Size { get; set; } = "Small";

    [GlobalSetup]
    public void Setup()
    {
        _order = OrderData.Create(OrderData.LinesFor(Size));
        _proto = OrderData.ToProto(_order);
        _jsonWriter = new Utf8JsonWriter(_buffer);
        _newtonsoftSerializer = Newtonsoft.Json.JsonSerializer.CreateDefault();
        _newtonsoftStream = new MemoryStream(1 << 20);
        _newtonsoftText = new StreamWriter(_newtonsoftStream, Utf8NoBom, 4096, leaveOpen: true);

        _bsdf = Bytes(() => SerializeBsdfGen());
        _json = Bytes(() => SerializeStjSourceGen());
        _protobuf = Bytes(() => SerializeProtobuf());
        SerializeNewtonsoft();
        _newtonsoft = _newtonsoftStream.ToArray();

        Check(DeserializeBsdfGen(), "BsdfGen");
        Check(DeserializeStjSourceGen(), "System.Text.Json");
        Check(DeserializeNewtonsoft(), "Newtonsoft.Json");
        var proto = DeserializeProtobuf();
        if (!proto.Equals(_proto))
        {
            throw new InvalidOperationException("Google.Protobuf did not read back the order it wrote");
        }
    }

    /// <summary>The payload of each serializer for the order of <paramref name="size"/>, in bytes.</summary>
    public static IReadOnlyList<(string Serializer, int Bytes)> PayloadSizes(string size)
    {
        var benchmarks = new DtoBenchmarks { Size = size };
        benchmarks.Setup();
        return
        [
            ("BsdfGen", benchmarks._bsdf.Length),
            ("System.Text.Json (source gen)", benchmarks._json.Length),
            ("Newtonsoft.Json", benchmarks._newtonsoft.Length),
            ("Google.Protobuf", benchmarks._protobuf.Length),
        ];
    }

    [BenchmarkCategory(Serialize), Benchmark]
    public int SerializeBsdfGen()
    {
        _buffer.ResetWrittenCount();
        Bsdf.Serialize(_buffer, _order);
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory(Serialize), Benchmark(Baseline = true)]
    public int SerializeStjSourceGen()
    {
        _buffer.ResetWrittenCount();
        _jsonWriter.Reset();
        JsonSerializer.Serialize(_jsonWriter, _order, OrderJsonContext.Default.Order);
        _jsonWriter.Flush();
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory(Serialize), Benchmark]
    public long SerializeNewtonsoft()
    {
        _newtonsoftStream.SetLength(0);
        using (var writer = new Newtonsoft.Json.JsonTextWriter(_newtonsoftText) { CloseOutput = false })
        {
            _newtonsoftSerializer.Serialize(writer, _order);
        }

        _newtonsoftText.Flush();
        return _newtonsoftStream.Length;
    }

    [BenchmarkCategory(Serialize), Benchmark]
    public int SerializeProtobuf()
    {
        _buffer.ResetWrittenCount();
        _proto.WriteTo(_buffer);
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory(Deserialize), Benchmark]
    public Order DeserializeBsdfGen() => Bsdf.Deserialize<Order>(_bsdf);

    [BenchmarkCategory(Deserialize), Benchmark(Baseline = true)]
    public Order DeserializeStjSourceGen() => JsonSerializer.Deserialize(_json, OrderJsonContext.Default.Order)!;

    [BenchmarkCategory(Deserialize), Benchmark]
    public Order DeserializeNewtonsoft()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(_newtonsoft), Encoding.UTF8));
        return _newtonsoftSerializer.Deserialize<Order>(reader)!;
    }

    [BenchmarkCategory(Deserialize), Benchmark]
    public Proto.Order DeserializeProtobuf() => Proto.Order.Parser.ParseFrom(_protobuf);

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Order RoundTripBsdfGen()
    {
        SerializeBsdfGen();
        return Bsdf.Deserialize<Order>(_buffer.WrittenSpan);
    }

    [BenchmarkCategory(RoundTrip), Benchmark(Baseline = true)]
    public Order RoundTripStjSourceGen()
    {
        SerializeStjSourceGen();
        return JsonSerializer.Deserialize(_buffer.WrittenSpan, OrderJsonContext.Default.Order)!;
    }

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Order RoundTripNewtonsoft()
    {
        SerializeNewtonsoft();
        _newtonsoftStream.Position = 0;
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(_newtonsoftStream, Encoding.UTF8, false, 4096, leaveOpen: true));
        return _newtonsoftSerializer.Deserialize<Order>(reader)!;
    }

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Proto.Order RoundTripProtobuf()
    {
        SerializeProtobuf();
        return Proto.Order.Parser.ParseFrom(_buffer.WrittenSpan);
    }

    private byte[] Bytes(Action serialize)
    {
        serialize();
        return _buffer.WrittenSpan.ToArray();
    }

    private void Check(Order read, string serializer)
    {
        var same = read.Id == _order.Id && read.Customer == _order.Customer && read.Placed == _order.Placed && read.Status == _order.Status
            && read.Total == _order.Total && read.Note == _order.Note && read.Tags.SequenceEqual(_order.Tags)
            && read.Lines.Count == _order.Lines.Count
            && read.Lines.Zip(_order.Lines).All(pair => pair.First.Sku == pair.Second.Sku && pair.First.Description == pair.Second.Description
                && pair.First.Quantity == pair.Second.Quantity && pair.First.UnitPrice == pair.Second.UnitPrice);
        if (!same)
        {
            throw new InvalidOperationException($"{serializer} did not read back the order it wrote");
        }
    }
}
