namespace BsdfGen.Benchmarks.DataFrames;

/// <summary>
/// The columns of the benchmark table as plain .NET arrays, from which each format builds its own table: int64 id,
/// float64 value, utf8 name, bool flag, timestamp in milliseconds (UTC) and a dictionary-encoded text category.
/// </summary>
public sealed class FrameData
{
    private static readonly string[] CategoryNames = ["red", "green", "blue", "grey"];

    public FrameData(int rows)
    {
        var random = new Random(42);
        Ids = Enumerable.Range(0, rows).Select(i => (long)i * 3).ToArray();
        Values = Enumerable.Range(0, rows).Select(i => Math.Sin(i * 0.001) * 100 + random.NextDouble()).ToArray();
        Names = Enumerable.Range(0, rows).Select(i => $"sensor-{i % 5000}").ToArray();
        Flags = Enumerable.Range(0, rows).Select(i => i % 3 == 0).ToArray();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Times = Enumerable.Range(0, rows).Select(i => start.AddMilliseconds(i * 250L + random.Next(10))).ToArray();
        CategoryIndices = Enumerable.Range(0, rows).Select(i => Math.Min(i % 7, 3)).ToArray();
    }

    public long[] Ids { get; }

    public double[] Values { get; }

    public string[] Names { get; }

    public bool[] Flags { get; }

    public DateTimeOffset[] Times { get; }

    /// <summary>The category of each row as an index into <see cref="Categories"/>.</summary>
    public int[] CategoryIndices { get; }

    /// <summary>The category names, in the order they first appear.</summary>
    public IReadOnlyList<string> Categories => CategoryNames;

    /// <summary>The category of each row as text.</summary>
    public string[] CategoryTexts() => CategoryIndices.Select(index => CategoryNames[index]).ToArray();

    public int RowCount => Ids.Length;
}
