namespace BsdfGen.Fuzz.Contracts;

/// <summary>A document with every shape the generated readers handle: scalars, dates, nested lists, dictionaries, arrays, recursion.</summary>
[BsdfContract]
public partial class FuzzDocument
{
    public string Title { get; set; } = "";

    public int Count { get; set; }

    public long Total { get; set; }

    public double Ratio { get; set; }

    public float Scale { get; set; }

    public bool Flag { get; set; }

    public decimal Price { get; set; }

    public Guid Id { get; set; }

    public DateTime Created { get; set; }

    public DateTimeOffset Stamp { get; set; }

    public TimeSpan Duration { get; set; }

    public DateOnly Day { get; set; }

    public TimeOnly At { get; set; }

    public FuzzColor Color { get; set; }

    public int? Maybe { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<List<int>> Grid { get; set; } = [];

    public Dictionary<string, List<double>> Series { get; set; } = [];

    public SortedDictionary<string, string?> Names { get; set; } = [];

    public int[] Numbers { get; set; } = [];

    public byte[] Payload { get; set; } = [];

    public string?[] Words { get; set; } = [];

    public FuzzPoint[] Points { get; set; } = [];

    public FuzzTree? Tree { get; set; }

    public List<FuzzEvent> Events { get; set; } = [];
}

/// <summary>An enum member.</summary>
public enum FuzzColor
{
    Red,
    Green,
    Blue,
}

/// <summary>A struct contract.</summary>
[BsdfContract]
public partial struct FuzzPoint
{
    public double X;
    public double Y;
}

/// <summary>A recursive contract.</summary>
[BsdfContract]
public partial class FuzzTree
{
    public string Label { get; set; } = "";

    public List<FuzzTree> Children { get; set; } = [];

    public Dictionary<string, FuzzTree>? Named { get; set; }
}

/// <summary>A positional record with a nullable member and a date.</summary>
[BsdfContract]
public partial record FuzzEvent(string Kind, DateTime When, string? Note, List<long> Values);
