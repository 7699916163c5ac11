using MemoryPack;

namespace BsdfGen.Benchmarks.Dto;

/// <summary>
/// Contracts of other shapes than <see cref="Order"/>, for the target that BsdfGen stays within 1.5× of MemoryPack
/// on any contract made of the supported member kinds: a time-stamped reading (a <c>DateTime</c>, <c>bool</c> and
/// <c>int</c> members, short strings), plain numbers, and the other built-in value types.
/// </summary>
[BsdfContract]
[MemoryPackable]
public partial class Reading
{
    public DateTime Time { get; set; }
    public string Station { get; set; } = "";
    public string Unit { get; set; } = "";
    public int Sensor { get; set; }
    public int Count { get; set; }
    public bool Valid { get; set; }
    public bool Calibrated { get; set; }
    public double Value { get; set; }
}

[BsdfContract]
[MemoryPackable]
public partial class Numbers
{
    public byte Byte { get; set; }
    public short Short { get; set; }
    public int Int { get; set; }
    public long Long { get; set; }
    public uint UInt { get; set; }
    public float Float { get; set; }
    public double Double { get; set; }
    public bool Flag { get; set; }
}

[BsdfContract]
[MemoryPackable]
public partial class Record
{
    public Guid Id { get; set; }
    public decimal Amount { get; set; }
    public DateTimeOffset Created { get; set; }
    public TimeSpan Duration { get; set; }
    public OrderStatus Status { get; set; }
    public int? Priority { get; set; }
    public DateOnly Day { get; set; }
    public List<int> Codes { get; set; } = new();
}

/// <summary>The shapes with deterministic values.</summary>
public static class ShapeData
{
    public static Reading Reading() => new()
    {
        Time = new DateTime(2026, 11, 28, 10, 15, 30, DateTimeKind.Utc).AddTicks(1234567),
        Station = "OSL-04",
        Unit = "degC",
        Sensor = 17,
        Count = 120_000,
        Valid = true,
        Value = 21.375,
    };

    public static Numbers Numbers() => new()
    {
        Byte = 200, Short = -1234, Int = 123_456_789, Long = -9_876_543_210L, UInt = 4_000_000_000u, Float = 1.5f, Double = Math.PI, Flag = true,
    };

    public static Record Record() => new()
    {
        Id = new Guid("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
        Amount = 1234.5678m,
        Created = new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.FromHours(1)),
        Duration = TimeSpan.FromMinutes(95.5),
        Status = OrderStatus.Paid,
        Priority = 3,
        Day = new DateOnly(2026, 11, 28),
        Codes = [3, 141, 59, 26535],
    };
}
