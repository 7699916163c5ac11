using System.Collections.Immutable;
using System.Numerics;
using BsdfGen;

namespace TrimmedApp;

public enum Priority
{
    Low,
    High,
}

/// <summary>One member of each kind the generator supports, for the trimmed and Native AOT publishes.</summary>
[BsdfContract]
public partial class EveryKind
{
    public required string Name { get; init; }
    public bool Flag { get; set; }
    public byte Byte { get; set; }
    public sbyte SByte { get; set; }
    public short Short { get; set; }
    public ushort UShort { get; set; }
    public uint UInt { get; set; }
    public long Long { get; set; }
    public ulong ULong { get; set; }
    public float Single { get; set; }
    public Half Half { get; set; }
    public char Char { get; set; }
    public decimal Decimal { get; set; }
    public Priority Priority { get; set; }
    public int? Missing { get; set; }
    public double? Present { get; set; }
    public DateTimeOffset Instant { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly At { get; set; }
    public TimeSpan Duration { get; set; }
    public Guid Id { get; set; }
    public Complex Complex { get; set; }
    public byte[]? Blob { get; set; }
    public ReadOnlyMemory<byte> Memory { get; set; }
    public double[,] Matrix { get; set; } = new double[0, 0];
    public short[,,] Cube { get; set; } = new short[0, 0, 0];
    public List<int> Numbers { get; set; } = [];
    public HashSet<string> Set { get; set; } = [];
    public Dictionary<string, double> Table { get; set; } = [];
    public IReadOnlyList<float> ReadOnly { get; set; } = [];
    public ImmutableArray<long> Immutable { get; set; } = [];
    public object? Anything { get; set; }
    public BsdfMap? Map { get; set; }
    public BsdfNdArray? Array { get; set; }
    public BsdfDataFrame? Frame { get; set; }
    public Point Point { get; set; }
    public Box<int> Box { get; set; } = new();
    public Reading? Reading { get; set; }

    [BsdfProperty("renamed")]
    public string Keyed { get; set; } = "";

    [BsdfIgnore]
    public string NotSerialized { get; set; } = "default";
}

[BsdfContract]
public readonly partial record struct Point(double X, double Y);

[BsdfContract]
public partial class Box<T>
{
    public T? Value { get; set; }
    public List<T> Items { get; set; } = [];
}

/// <summary>A record whose members all fit data frame columns: lists of it convert to frames and back.</summary>
[BsdfContract]
public partial record Reading(long Id, string? Sensor, double Value, DateTime Taken, Priority Priority);
