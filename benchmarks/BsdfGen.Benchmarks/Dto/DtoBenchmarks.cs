using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Google.Protobuf;
using MemoryPack;
using MessagePack;

namespace BsdfGen.Benchmarks.Dto;

/// <summary>
/// A small (10 lines) and a medium (200 lines) order through BsdfGen and its peers, MemoryPack being the baseline of
/// each category (the fastest .NET serializer). Serializers produce a new <c>byte[]</c>, the path users call (one
/// extra category writes into a reused buffer, for the zero-allocation target); deserializers read from the bytes
/// each serializer produced in setup; a round trip is both.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DtoBenchmarks
{
    public const string Serialize = "DTO serialize";
    public const string SerializeReused = "DTO serialize into a reused buffer";
    public const string Deserialize = "DTO deserialize";
    public const string RoundTrip = "DTO round trip";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private Order _order = null!;
    private StringKeyedOrder _stringKeyed = null!;
    private Proto.Order _proto = null!;
    private byte[] _bsdf = null!;
    private byte[] _memoryPack = null!;
    private byte[] _messagePackIntKeys = null!;
    private byte[] _messagePackStringKeys = null!;
    private byte[] _protobufNet = null!;
    private byte[] _protobuf = null!;
    private byte[] _json = null!;
    private byte[] _newtonsoft = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoftSerializer = null!;

    [Params("Small", "Medium")]
    public string Size { get; set; } = "Small";

    [GlobalSetup]
    public void Setup()
    {
        _order = OrderData.Create(OrderData.LinesFor(Size));
        _stringKeyed = StringKeyedOrder.From(_order);
        _proto = OrderData.ToProto(_order);
        _newtonsoftSerializer = Newtonsoft.Json.JsonSerializer.CreateDefault();

        _bsdf = SerializeBsdfGen();
        _memoryPack = SerializeMemoryPack();
        _messagePackIntKeys = SerializeMessagePackIntKeys();
        _messagePackStringKeys = SerializeMessagePackStringKeys();
        _protobufNet = SerializeProtobufNet();
        _protobuf = SerializeProtobuf();
        _json = SerializeStjSourceGen();
        _newtonsoft = SerializeNewtonsoft();

        Check(DeserializeBsdfGen(), "BsdfGen");
        Check(DeserializeMemoryPack(), "MemoryPack");
        Check(DeserializeMessagePackIntKeys(), "MessagePack (int keys)");
        Check(DeserializeMessagePackStringKeys().ToOrder(), "MessagePack (string keys)");
        Check(DeserializeProtobufNet(), "protobuf-net");
        Check(DeserializeStjSourceGen(), "System.Text.Json");
        Check(DeserializeNewtonsoft(), "Newtonsoft.Json");
        if (!DeserializeProtobuf().Equals(_proto))
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
            ("MemoryPack", benchmarks._memoryPack.Length),
            ("MessagePack (int keys)", benchmarks._messagePackIntKeys.Length),
            ("MessagePack (string keys)", benchmarks._messagePackStringKeys.Length),
            ("protobuf-net", benchmarks._protobufNet.Length),
            ("Google.Protobuf", benchmarks._protobuf.Length),
            ("System.Text.Json (source gen)", benchmarks._json.Length),
            ("Newtonsoft.Json", benchmarks._newtonsoft.Length),
        ];
    }

    [BenchmarkCategory(Serialize), Benchmark]
    public byte[] SerializeBsdfGen() => Bsdf.Serialize(_order);

    [BenchmarkCategory(Serialize), Benchmark(Baseline = true)]
    public byte[] SerializeMemoryPack() => MemoryPackSerializer.Serialize(_order);

    [BenchmarkCategory(Serialize), Benchmark]
    public byte[] SerializeMessagePackIntKeys() => MessagePackSerializer.Serialize(_order);

    [BenchmarkCategory(Serialize), Benchmark]
    public byte[] SerializeMessagePackStringKeys() => MessagePackSerializer.Serialize(_stringKeyed);

    /// <summary>protobuf-net has no byte[] API: it writes into a reused buffer, copied out as the others return theirs.</summary>
    [BenchmarkCategory(Serialize), Benchmark]
    public byte[] SerializeProtobufNet()
    {
        _buffer.ResetWrittenCount();
        ProtoBuf.Serializer.Serialize(_buffer, _order);
        return _buffer.WrittenSpan.ToArray();
    }

    [BenchmarkCategory(Serialize), Benchmark]
    public byte[] SerializeProtobuf() => _proto.ToByteArray();

    [BenchmarkCategory(Serialize), Benchmark]
    public byte[] SerializeStjSourceGen() => JsonSerializer.SerializeToUtf8Bytes(_order, OrderJsonContext.Default.Order);

    [BenchmarkCategory(Serialize), Benchmark]
    public byte[] SerializeNewtonsoft()
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, Utf8NoBom, 4096, leaveOpen: true))
        using (var writer = new Newtonsoft.Json.JsonTextWriter(text))
        {
            _newtonsoftSerializer.Serialize(writer, _order);
        }

        return stream.ToArray();
    }

    [BenchmarkCategory(SerializeReused), Benchmark]
    public int SerializeReusedBsdfGen()
    {
        _buffer.ResetWrittenCount();
        Bsdf.Serialize(_buffer, _order);
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory(SerializeReused), Benchmark(Baseline = true)]
    public int SerializeReusedMemoryPack()
    {
        _buffer.ResetWrittenCount();
        MemoryPackSerializer.Serialize(_buffer, _order);
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory(Deserialize), Benchmark]
    public Order DeserializeBsdfGen() => Bsdf.Deserialize<Order>(_bsdf);

    [BenchmarkCategory(Deserialize), Benchmark(Baseline = true)]
    public Order DeserializeMemoryPack() => MemoryPackSerializer.Deserialize<Order>(_memoryPack)!;

    [BenchmarkCategory(Deserialize), Benchmark]
    public Order DeserializeMessagePackIntKeys() => MessagePackSerializer.Deserialize<Order>(_messagePackIntKeys);

    [BenchmarkCategory(Deserialize), Benchmark]
    public StringKeyedOrder DeserializeMessagePackStringKeys() => MessagePackSerializer.Deserialize<StringKeyedOrder>(_messagePackStringKeys);

    [BenchmarkCategory(Deserialize), Benchmark]
    public Order DeserializeProtobufNet() => ProtoBuf.Serializer.Deserialize<Order>(_protobufNet.AsSpan());

    [BenchmarkCategory(Deserialize), Benchmark]
    public Proto.Order DeserializeProtobuf() => Proto.Order.Parser.ParseFrom(_protobuf);

    [BenchmarkCategory(Deserialize), Benchmark]
    public Order DeserializeStjSourceGen() => JsonSerializer.Deserialize(_json, OrderJsonContext.Default.Order)!;

    [BenchmarkCategory(Deserialize), Benchmark]
    public Order DeserializeNewtonsoft()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(_newtonsoft), Encoding.UTF8));
        return _newtonsoftSerializer.Deserialize<Order>(reader)!;
    }

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Order RoundTripBsdfGen() => Bsdf.Deserialize<Order>(Bsdf.Serialize(_order));

    [BenchmarkCategory(RoundTrip), Benchmark(Baseline = true)]
    public Order RoundTripMemoryPack() => MemoryPackSerializer.Deserialize<Order>(MemoryPackSerializer.Serialize(_order))!;

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Order RoundTripMessagePackIntKeys() => MessagePackSerializer.Deserialize<Order>(MessagePackSerializer.Serialize(_order));

    [BenchmarkCategory(RoundTrip), Benchmark]
    public StringKeyedOrder RoundTripMessagePackStringKeys() => MessagePackSerializer.Deserialize<StringKeyedOrder>(MessagePackSerializer.Serialize(_stringKeyed));

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Order RoundTripProtobufNet() => ProtoBuf.Serializer.Deserialize<Order>(SerializeProtobufNet().AsSpan());

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Proto.Order RoundTripProtobuf() => Proto.Order.Parser.ParseFrom(_proto.ToByteArray());

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Order RoundTripStjSourceGen() =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(_order, OrderJsonContext.Default.Order), OrderJsonContext.Default.Order)!;

    [BenchmarkCategory(RoundTrip), Benchmark]
    public Order RoundTripNewtonsoft()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(SerializeNewtonsoft()), Encoding.UTF8));
        return _newtonsoftSerializer.Deserialize<Order>(reader)!;
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
