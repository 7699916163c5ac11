using System.Collections.Immutable;
using System.Numerics;
using BsdfGen.Contracts.Tests.Contracts;

namespace BsdfGen.Contracts.Tests;

/// <summary>Sample values with every member set to something other than its default.</summary>
internal static class Samples
{
    public static Order Order() => new()
    {
        Id = 40000,
        Customer = "Ada Lovelace",
        Placed = new DateTime(2026, 11, 21, 10, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567),
        Status = OrderStatus.Cancelled,
        Lines = { new OrderLine { Sku = "A-1", Quantity = 3, Price = 9.99 }, new OrderLine { Sku = "B-2", Quantity = -1, Price = 0.5 } },
        Tags = ["rush", "gift"],
        Total = 123.4500m,
        Reference = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Discount = 0.15,
    };

    public static Everything Everything() => new()
    {
        Flag = true,
        I8 = -100,
        U8 = 250,
        I16 = -30000,
        U16 = 65000,
        I32 = -2_000_000_000,
        U32 = 4_000_000_000,
        I64 = long.MinValue,
        U64 = long.MaxValue,
        F32 = 1.25f,
        F64 = Math.PI,
        F16 = (Half)0.5,
        Money = -0.000001m,
        Letter = 'é',
        Text = "naïve ☃",
        When = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Local),
        WhenOffset = new DateTimeOffset(2001, 2, 3, 4, 5, 6, 7, TimeSpan.FromHours(-5)),
        Day = new DateOnly(1999, 12, 31),
        Time = new TimeOnly(23, 59, 59, 999).Add(TimeSpan.FromTicks(9)),
        Span = TimeSpan.FromDays(-3.5) + TimeSpan.FromTicks(1),
        Id = Guid.NewGuid(),
        Z = new Complex(1, -2),
        MaybeInt = 5,
        Weekday = DayOfWeek.Saturday,
        Blob = [1, 2, 3],
        ReadOnlyBlob = new byte[] { 4, 5 },
        MutableBlob = new byte[] { 6 },
        Samples = [1.5, double.NaN, double.NegativeInfinity],
        Counts = [1, 2, 3],
        Weights = [0.5f, 0.25f],
        Ids = [10L, 20L],
        Matrix = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } },
        Cube = new short[,,] { { { 1 }, { 2 } } },
        Names = ["x", "y"],
        Unique = ["u"],
        Sequence = ["s1", "s2"],
        Scores = new() { ["a"] = 1, ["b"] = 2 },
        Places = new Dictionary<string, Point> { ["home"] = new Point(1, 2) },
        Origin = new Point(3, 4),
        MaybePoint = new Point(5, 6),
        Owner = new Person("Grace", 85) { Emails = ["g@example.com"] },
        Anything = new BsdfMap { ["nested"] = new List<object?> { 1L, "two" } },
        PublicField = 77,
    };
}
