namespace BsdfGen.Contracts.Tests.Contracts;

[BsdfContract]
public partial class Account
{
    public required string Owner { get; init; }

    public required int Number { get; set; }

    public string Currency { get; init; } = "EUR";

    public List<string> Notes { get; set; } = ["created"];

    [BsdfProperty("balance_cents")]
    public long BalanceCents { get; set; }

    [BsdfIgnore]
    public string Cache { get; set; } = "not serialized";

    public int Computed => Number * 2;
}

[BsdfContract]
public partial class Measurement
{
    [BsdfConstructor]
    public Measurement(string sensor, double value, string unit = "m")
    {
        Sensor = sensor;
        Value = value;
        Unit = unit;
    }

    public Measurement(string sensor)
        : this(sensor, 0)
    {
    }

    public string Sensor { get; }

    public double Value { get; }

    public string Unit { get; }
}

[BsdfContract]
public partial class Node
{
    public string Name { get; set; } = "";

    public List<Node> Children { get; set; } = new();
}

[BsdfContract]
public partial class Box<T>
{
    public T? Value { get; set; }

    public List<T> Items { get; set; } = new();
}

[BsdfContract]
public partial class Holder
{
    public Box<int> Numbers { get; set; } = new();

    public Box<string> Words { get; set; } = new();
}

[BsdfContract]
public partial struct Sample
{
    public int Index;
    public double Value;
    public readonly string Describe() => $"{Index}:{Value}";
}

public partial class Outer
{
    [BsdfContract]
    internal partial record Inner(string Name);
}

[BsdfContract]
public readonly partial struct Vector2
{
    public Vector2(double x, double y)
    {
        X = x;
        Y = y;
    }

    public double X { get; }

    public double Y { get; }

    public double Length => Math.Sqrt((X * X) + (Y * Y));
}

[BsdfContract]
public partial class MoreCollections
{
    public System.Collections.ObjectModel.ObservableCollection<string> Observed { get; set; } = new();

    public SortedSet<int> Sorted { get; set; } = new();

    public LinkedList<Vector2> Path { get; set; } = new();

    public SortedDictionary<string, double> Ranked { get; set; } = new();

    public BsdfNdArray? Raw { get; set; }

    public BsdfMap? Extra { get; set; }
}

/// <summary>Every member kind written in place into one reserved span, with a string between two runs of them.</summary>
[BsdfContract]
public partial class Scalars
{
    public bool Flag { get; set; }

    public sbyte SByte { get; set; }

    public byte Byte { get; set; }

    public short Short { get; set; }

    public ushort UShort { get; set; }

    public string Between { get; set; } = "";

    public int Int { get; set; }

    public uint UInt { get; set; }

    public long Long { get; set; }

    public float Float { get; set; }

    public double Double { get; set; }
}
