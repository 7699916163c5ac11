using System.Text.Json.Serialization;
using MemoryPack;
using MessagePack;
using ProtoBuf;

namespace BsdfGen.Benchmarks.Dto;

public enum OrderStatus
{
    Pending = 0,
    Paid = 1,
    Shipped = 2,
    Delivered = 3,
    Cancelled = 4,
}

/// <summary>
/// The order every serializer in the DTO benchmarks handles. BsdfGen, MemoryPack, MessagePack (integer keys),
/// protobuf-net, System.Text.Json and Newtonsoft.Json use this very class; MessagePack with string keys uses
/// <see cref="StringKeyedOrder"/> and Google.Protobuf the equivalent message compiled from <c>order.proto</c>.
/// </summary>
[BsdfContract]
[MemoryPackable]
[MessagePackObject]
[ProtoContract]
public partial class Order
{
    [Key(0), ProtoMember(1)]
    public long Id { get; set; }

    [Key(1), ProtoMember(2)]
    public string Customer { get; set; } = "";

    [Key(2), ProtoMember(3)]
    public string Email { get; set; } = "";

    [Key(3), ProtoMember(4)]
    public DateTime Placed { get; set; }

    [Key(4), ProtoMember(5)]
    public OrderStatus Status { get; set; }

    [Key(5), ProtoMember(6)]
    public List<OrderLine> Lines { get; set; } = new();

    [Key(6), ProtoMember(7)]
    public List<string> Tags { get; set; } = new();

    [Key(7), ProtoMember(8)]
    public double Total { get; set; }

    [Key(8), ProtoMember(9)]
    public string? Note { get; set; }
}

[BsdfContract]
[MemoryPackable]
[MessagePackObject]
[ProtoContract]
public partial class OrderLine
{
    [Key(0), ProtoMember(1)]
    public string Sku { get; set; } = "";

    [Key(1), ProtoMember(2)]
    public string Description { get; set; } = "";

    [Key(2), ProtoMember(3)]
    public int Quantity { get; set; }

    [Key(3), ProtoMember(4)]
    public double UnitPrice { get; set; }
}

/// <summary>System.Text.Json source generation for <see cref="Order"/> (metadata and the fast serialization path).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(Order))]
public partial class OrderJsonContext : JsonSerializerContext
{
}
