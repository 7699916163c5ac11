using MessagePack;

namespace BsdfGen.Benchmarks.Dto;

/// <summary>
/// <see cref="Order"/> for MessagePack with property names as map keys — the layout closest to BSDF's, which writes
/// each member's name. MessagePack cannot give one class both integer and string keys, hence the copy.
/// </summary>
[MessagePackObject(keyAsPropertyName: true)]
public sealed class StringKeyedOrder
{
    public long Id { get; set; }
    public string Customer { get; set; } = "";
    public string Email { get; set; } = "";
    public DateTime Placed { get; set; }
    public OrderStatus Status { get; set; }
    public List<StringKeyedOrderLine> Lines { get; set; } = new();
    public List<string> Tags { get; set; } = new();
    public double Total { get; set; }
    public string? Note { get; set; }

    public static StringKeyedOrder From(Order order) => new()
    {
        Id = order.Id,
        Customer = order.Customer,
        Email = order.Email,
        Placed = order.Placed,
        Status = order.Status,
        Lines = order.Lines.Select(line => new StringKeyedOrderLine
        {
            Sku = line.Sku,
            Description = line.Description,
            Quantity = line.Quantity,
            UnitPrice = line.UnitPrice,
        }).ToList(),
        Tags = [.. order.Tags],
        Total = order.Total,
        Note = order.Note,
    };

    public Order ToOrder()
    {
        var order = new Order { Id = Id, Customer = Customer, Email = Email, Placed = Placed, Status = Status, Tags = Tags, Total = Total, Note = Note };
        order.Lines.AddRange(Lines.Select(line => new OrderLine { Sku = line.Sku, Description = line.Description, Quantity = line.Quantity, UnitPrice = line.UnitPrice }));
        return order;
    }
}

[MessagePackObject(keyAsPropertyName: true)]
public sealed class StringKeyedOrderLine
{
    public string Sku { get; set; } = "";
    public string Description { get; set; } = "";
    public int Quantity { get; set; }
    public double UnitPrice { get; set; }
}
