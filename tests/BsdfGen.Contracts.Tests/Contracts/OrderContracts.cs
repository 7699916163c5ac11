using System.Collections.Immutable;
using System.Numerics;

namespace BsdfGen.Contracts.Tests.Contracts;

public enum OrderStatus : byte { Open = 1, Shipped = 2, Cancelled = 200 }

[BsdfContract]
public partial class Order
{
    public int Id { get; set; }
    public string Customer { get; set; } = "";
    public DateTime Placed { get; set; }
    public OrderStatus Status { get; set; }
    public List<OrderLine> Lines { get; set; } = new();
    public string[] Tags { get; set; } = [];
    public decimal Total { get; set; }
    public Guid Reference { get; set; }
    public double? Discount { get; set; }
}

[BsdfContract]
public partial class OrderLine
{
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
    public double Price { get; set; }
}

[BsdfContract]
public partial record Person(string Name, int Age)
{
    public string[] Emails { get; init; } = [];
}

[BsdfContract]
public partial record struct Point(double X, double Y);

[BsdfContract]
public partial class Everything
{
    public bool Flag { get; set; }
    public sbyte I8 { get; set; }
    public byte U8 { get; set; }
    public short I16 { get; set; }
    public ushort U16 { get; set; }
    public int I32 { get; set; }
    public uint U32 { get; set; }
    public long I64 { get; set; }
    public ulong U64 { get; set; }
    public float F32 { get; set; }
    public double F64 { get; set; }
    public Half F16 { get; set; }
    public decimal Money { get; set; }
    public char Letter { get; set; }
    public string? Text { get; set; }
    public DateTime When { get; set; }
    public DateTimeOffset WhenOffset { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Time { get; set; }
    public TimeSpan Span { get; set; }
    public Guid Id { get; set; }
    public Complex Z { get; set; }
    public int? MaybeInt { get; set; }
    public DayOfWeek Weekday { get; set; }
    public byte[]? Blob { get; set; }
    public ReadOnlyMemory<byte> ReadOnlyBlob { get; set; }
    public Memory<byte> MutableBlob { get; set; }
    public double[] Samples { get; set; } = [];
    public List<int> Counts { get; set; } = new();
    public IReadOnlyList<float> Weights { get; set; } = [];
    public ImmutableArray<long> Ids { get; set; } = [];
    public double[,] Matrix { get; set; } = new double[0, 0];
    public short[,,] Cube { get; set; } = new short[0, 0, 0];
    public List<string> Names { get; set; } = new();
    public HashSet<string> Unique { get; set; } = new();
    public IEnumerable<string> Sequence { get; set; } = [];
    public Dictionary<string, int> Scores { get; set; } = new();
    public IReadOnlyDictionary<string, Point> Places { get; set; } = new Dictionary<string, Point>();
    public Point Origin { get; set; }
    public Point? MaybePoint { get; set; }
    public Person? Owner { get; set; }
    public object? Anything { get; set; }
    public int PublicField;
}
