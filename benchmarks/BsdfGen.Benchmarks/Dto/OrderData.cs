using Google.Protobuf.WellKnownTypes;

namespace BsdfGen.Benchmarks.Dto;

/// <summary>The benchmark orders: deterministic, with realistic strings, a date, tags and order lines.</summary>
public static class OrderData
{
    public const int SmallLines = 10;
    public const int MediumLines = 200;

    private static readonly string[] Words =
    [
        "stainless", "steel", "water", "bottle", "insulated", "organic", "cotton", "t-shirt", "wireless", "mouse",
        "ergonomic", "keyboard", "ceramic", "mug", "notebook", "recycled", "paper", "LED", "desk", "lamp", "café",
        "crème", "large", "small", "blue", "green", "pack", "of", "three", "spare", "battery",
    ];

    private static readonly string[] TagPool = ["rush", "gift", "fragile", "b2b", "repeat-customer", "promo-2026", "eu", "express"];

    public static int LinesFor(string size) => size switch
    {
        "Small" => SmallLines,
        "Medium" => MediumLines,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Small or Medium"),
    };

    public static Order Create(int lines, int seed = 42)
    {
        var random = new Random(seed);
        var order = new Order
        {
            Id = 1_000_000_000L + random.Next(1_000_000),
            Customer = "Ada Lovelace-Byron",
            Email = "ada.lovelace@example.org",
            Placed = new DateTime(2026, 3, 14, 15, 9, 26, DateTimeKind.Utc).AddTicks(5358979),
            Status = OrderStatus.Shipped,
            Note = "Leave the parcel with the neighbour at number 12 if nobody answers.",
        };

        for (var i = 0; i < lines; i++)
        {
            var description = string.Join(' ', Enumerable.Range(0, 3 + random.Next(4)).Select(_ => Words[random.Next(Words.Length)]));
            order.Lines.Add(new OrderLine
            {
                Sku = $"SKU-{random.Next(100_000):D6}",
                Description = description,
                Quantity = 1 + random.Next(20),
                UnitPrice = Math.Round(random.NextDouble() * 200, 2),
            });
        }

        order.Tags.AddRange(TagPool.OrderBy(_ => random.Next()).Take(lines >= MediumLines ? 8 : 4));
        order.Total = Math.Round(order.Lines.Sum(line => line.Quantity * line.UnitPrice), 2);
        return order;
    }

    public static Proto.Order ToProto(Order order)
    {
        var message = new Proto.Order
        {
            Id = order.Id,
            Customer = order.Customer,
            Email = order.Email,
            Placed = Timestamp.FromDateTime(order.Placed),
            Status = (Proto.OrderStatus)(int)order.Status,
            Total = order.Total,
            Note = order.Note ?? "",
        };
        message.Tags.AddRange(order.Tags);
        foreach (var line in order.Lines)
        {
            message.Lines.Add(new Proto.OrderLine
            {
                Sku = line.Sku,
                Description = line.Description,
                Quantity = line.Quantity,
                UnitPrice = line.UnitPrice,
            });
        }

        return message;
    }
}
