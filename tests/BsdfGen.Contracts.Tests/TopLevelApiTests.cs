using System.Buffers;
using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

public class TopLevelApiTests
{
    [Fact]
    public void Collections_of_contracts_and_primitives_serialize_at_the_top_level()
    {
        var orders = new List<Order> { Samples.Order(), new Order { Id = 2 } };
        Assert.Equal(2, Bsdf.Deserialize<List<Order>>(Bsdf.Serialize(orders))[1].Id);
        Assert.Equal(40000, Bsdf.Deserialize<Order[]>(Bsdf.Serialize(orders.ToArray()))[0].Id);
        Assert.Equal(42, Bsdf.Deserialize<int>(Bsdf.Serialize(42)));
        Assert.Equal("x", Bsdf.Deserialize<string>(Bsdf.Serialize("x")));
        Assert.Equal([1.0, 2.0], Bsdf.Deserialize<double[]>(Bsdf.Serialize(new[] { 1.0, 2.0 })));
        Assert.Equal(new Point(1, 2), Bsdf.Deserialize<Point?>(Bsdf.Serialize<Point?>(new Point(1, 2))));
    }

    [Fact]
    public void Contracts_inside_dynamic_values_are_written_by_their_serializer()
    {
        var bytes = Bsdf.Encode(new List<object?> { Samples.Order(), 1L });
        var list = Assert.IsType<List<object?>>(Bsdf.Decode(bytes));
        Assert.Equal(40000L, Assert.IsType<BsdfMap>(list[0])["Id"]);
    }

    [Fact]
    public async Task Buffer_writer_stream_and_async_overloads_agree()
    {
        var order = Samples.Order();
        var expected = Bsdf.Serialize(order);
        var buffer = new ArrayBufferWriter<byte>();
        Bsdf.Serialize(buffer, order);
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());

        var stream = new MemoryStream();
        Bsdf.Serialize(stream, order);
        Assert.Equal(expected, stream.ToArray());
        stream.Position = 0;
        Assert.Equal(order.Id, Bsdf.Deserialize<Order>(stream).Id);

        var asyncStream = new MemoryStream();
        await Bsdf.SerializeAsync(asyncStream, order);
        asyncStream.Position = 0;
        Assert.Equal(order.Customer, (await Bsdf.DeserializeAsync<Order>(asyncStream)).Customer);
        Assert.Equal(order.Id, Bsdf.Deserialize<Order>(expected.AsMemory()).Id);
    }

    [Fact]
    public void Types_without_a_codec_are_reported_clearly()
    {
        // At compile time BSDF018 reports this call; the run-time message is what code that BsdfGen cannot see gets.
#pragma warning disable BSDF018
        var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Version>(Bsdf.Serialize(1)));
#pragma warning restore BSDF018
        Assert.Contains("No BSDF codec for System.Version", error.Message);
    }

    [Fact]
    public void A_generic_contract_closed_at_a_call_registers_itself()
    {
        Assert.Equal(4, Bsdf.Deserialize<Box<long>>(Bsdf.Serialize(new Box<long> { Value = 4 })).Value);
        Assert.Equal(4, Bsdf.Deserialize<List<Box<long>>>(Bsdf.Serialize(new List<Box<long>> { new() { Value = 4 } }))[0].Value);
        Assert.Equal(5, Bsdf.Deserialize<Dictionary<string, Box<int>>>(Bsdf.Serialize(new Dictionary<string, Box<int>> { ["a"] = new() { Value = 5 } }))["a"].Value);
    }

    [Fact]
    public void A_generic_contract_closed_only_inside_generic_code_is_registered_by_hand()
    {
        var bytes = WriteThroughGenericCode(new Box<short> { Value = 4 });
        var error = Assert.Throws<BsdfException>(() => ReadThroughGenericCode<Box<short>>(bytes));
        Assert.Contains("a generic [BsdfContract] is registered per closed type", error.Message);

        BsdfGen.Typed.BsdfCodecRegistry.RegisterContract<Box<short>>();
        Assert.Equal(4, ReadThroughGenericCode<Box<short>>(bytes).Value);
    }

    /// <summary>Generic code: the calls below name only <typeparamref name="T"/>, so no call site closes Box&lt;short&gt;.</summary>
    private static T ReadThroughGenericCode<T>(byte[] bytes) => Bsdf.Deserialize<T>(bytes);

    private static byte[] WriteThroughGenericCode<T>(T value) => Bsdf.Serialize(value);
}
