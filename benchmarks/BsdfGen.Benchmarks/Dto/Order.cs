using System.Text.Json.Serialization;

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
/// The order every serializer in the DTO benchmarks handles. BsdfGen, System.Text.Json and Newtonsoft.Json use this
/// very class; Google.Protobuf uses the equivalent message compiled from <c>order.proto</c>.
/// </summary>
[BsdfContract]
public partial class Order
{
    public long Id { get; set; }
    public string Customer { get; set; } = "";
    public string Email { get; set; } = "";
    public DateTime Placed { get; set; }
    public OrderStatus Status { get; set; }
    public List<OrderLine> Lines { get; set; } = new();
    public List<string> Tags { get; set; } = new();
    public double Total { get; set; }
    public string? Note { get; set; }
}

[BsdfContract]
public partial class OrderLine
{
    public string Sku { get; set; } = "";
    public string Description { get; set; } = "";
    public int Quantity { get; set; }
    public double UnitPrice { get; set; }
}

/// <summary>System.Text.Json source generation for <see cref="Order"/> (metadata and the fast serialization path).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(Order))]
public partial class OrderJsonContext : JsonSerializerContext
{
}
