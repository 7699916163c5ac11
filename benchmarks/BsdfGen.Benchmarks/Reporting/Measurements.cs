using System.Globalization;
using BenchmarkDotNet.Reports;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>One benchmark case's result.</summary>
public sealed record Measurement(string Category, string Parameters, string Method, bool IsBaseline, double MeanNs, double StdDevNs, long? AllocatedBytes)
{
    public string Label => Labels.Of(Method);
}

/// <summary>A case against the baseline of its category and parameters.</summary>
public sealed record Comparison(Measurement Case, Measurement Baseline)
{
    /// <summary>Time of the case over time of the baseline: below 1 is faster.</summary>
    public double Ratio => Case.MeanNs / Baseline.MeanNs;

    public string Title => Case.Parameters.Length == 0 ? Case.Category : $"{Case.Category} ({Case.Parameters})";
}

public static class Measurements
{
    /// <summary>The measured cases of all summaries, and the names of cases that produced no result.</summary>
    public static (List<Measurement> Measured, List<string> Failed) From(IEnumerable<Summary> summaries)
    {
        var measured = new List<Measurement>();
        var failed = new List<string>();
        foreach (var summary in summaries)
        {
            foreach (var benchmark in summary.BenchmarksCases)
            {
                var report = summary[benchmark];
                var parameters = string.Join(", ", benchmark.Parameters.Items.Select(p => $"{p.Name}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"));
                var method = benchmark.Descriptor.WorkloadMethod.Name;
                if (report?.ResultStatistics is not { } statistics)
                {
                    failed.Add($"{benchmark.Descriptor.Type.Name}.{method} {parameters}".Trim());
                    continue;
                }

                measured.Add(new Measurement(
                    benchmark.Descriptor.Categories.FirstOrDefault() ?? benchmark.Descriptor.Type.Name,
                    parameters,
                    method,
                    benchmark.Descriptor.Baseline,
                    statistics.Mean,
                    statistics.StandardDeviation,
                    report.GcStats.GetBytesAllocatedPerOperation(benchmark)));
            }
        }

        return (measured, failed);
    }

    /// <summary>The categories in the order the summary shows them; others follow in the order they ran.</summary>
    private static readonly string[] CategoryOrder =
    [
        Dto.DtoBenchmarks.Serialize, Dto.DtoBenchmarks.SerializeReused, Dto.DtoBenchmarks.Deserialize, Dto.DtoBenchmarks.RoundTrip,
        Arrays.LargeArrayBenchmarks.Serialize, Arrays.LargeArrayBenchmarks.Deserialize, Arrays.LargeArrayBenchmarks.RoundTrip,
        Arrays.MappedFileBenchmarks.Open, Lz4.Lz4Benchmarks.Compress, Lz4.Lz4Benchmarks.Decompress, Generator.GeneratorBenchmarks.Category,
    ];

    private static readonly string[] ValueOrder = ["Small", "Medium"];

    /// <summary>Every non-baseline case against the baseline of its category and parameters, in suite order.</summary>
    public static List<Comparison> Compare(IReadOnlyList<Measurement> measured) =>
        measured
            .Select((m, index) => (Measurement: m, Index: index))
            .Where(pair => !pair.Measurement.IsBaseline)
            .OrderBy(pair => Array.IndexOf(CategoryOrder, pair.Measurement.Category) is var order and >= 0 ? order : CategoryOrder.Length)
            .ThenBy(pair => ParameterOrder(pair.Measurement.Parameters))
            .ThenBy(pair => pair.Index)
            .Select(pair => pair.Measurement)
            .Select(m => (Case: m, Baseline: measured.FirstOrDefault(b => b.IsBaseline && b.Category == m.Category && b.Parameters == m.Parameters)))
            .Where(pair => pair.Baseline is not null)
            .Select(pair => new Comparison(pair.Case, pair.Baseline!))
            .ToList();

    /// <summary>Sizes in increasing order: numbers by value, Small before Medium.</summary>
    private static double ParameterOrder(string parameters)
    {
        var value = parameters.Split('=').LastOrDefault() ?? "";
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var known = Array.IndexOf(ValueOrder, value);
        return known >= 0 ? known : double.MaxValue;
    }

    public static Measurement? Find(IReadOnlyList<Measurement> measured, string category, string parameters, string method) =>
        measured.FirstOrDefault(m => m.Category == category && m.Parameters == parameters && m.Method == method);
}

/// <summary>Readable names for the benchmark methods.</summary>
public static class Labels
{
    private static readonly (string Suffix, string Label)[] Known =
    [
        ("BsdfGen", "BsdfGen"),
        ("StjSourceGen", "System.Text.Json (source gen)"),
        ("Newtonsoft", "Newtonsoft.Json"),
        ("Protobuf", "Google.Protobuf"),
        ("ProtobufNet", "protobuf-net"),
        ("MemoryPack", "MemoryPack"),
        ("MessagePackIntKeys", "MessagePack (int keys)"),
        ("MessagePackStringKeys", "MessagePack (string keys)"),
        ("Copy", "allocate-and-copy"),
        ("ReadAllBytes", "File.ReadAllBytes"),
        ("OpenWithBsdf", "Bsdf.Open (memory map)"),
        ("Native", "liblz4 (native)"),
        ("K4os", "K4os.Compression.LZ4"),
        ("K4osUnchecked", "K4os.Compression.LZ4, no offset-0 check"),
        ("EncodeFrame", "BsdfDataFrame encode (LZ4)"),
        ("DecodeFrame", "BsdfDataFrame decode (LZ4)"),
        ("ArrowLz4", "Apache.Arrow IPC (LZ4 frames)"),
        ("Parquet", "Parquet.Net (Snappy)"),
        ("CompileWithoutGenerator", "compile, no generator"),
        ("GeneratorFirstRun", "generator, first run"),
        ("GeneratorAfterUnrelatedEdit", "generator, after an unrelated edit"),
        ("Analyzers", "analyzers (contract rules and call sites)"),
    ];

    public static string Of(string method)
    {
        foreach (var (suffix, label) in Known)
        {
            if (method.EndsWith(suffix, StringComparison.Ordinal))
            {
                return label;
            }
        }

        return method;
    }
}

/// <summary>Times and sizes for people.</summary>
public static class Format
{
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => $"{nanoseconds:0.0} ns",
        < 1e6 => $"{nanoseconds / 1e3:0.00} µs",
        < 1e9 => $"{nanoseconds / 1e6:0.00} ms",
        _ => $"{nanoseconds / 1e9:0.00} s",
    };

    public static string Bytes(long? bytes) => bytes switch
    {
        null => "?",
        < 1024 => $"{bytes} B",
        < 1 << 20 => $"{bytes / 1024.0:0.0} KiB",
        < 1L << 30 => $"{bytes / 1048576.0:0.0} MiB",
        _ => $"{bytes / 1073741824.0:0.00} GiB",
    };

    public static string Ratio(double ratio) => ratio switch
    {
        < 0.01 => $"{ratio:0.00000}",
        < 10 => $"{ratio:0.000}",
        _ => $"{ratio:0.0}",
    };

    /// <summary>"4.2× faster" or "1.3× slower" for a time ratio.</summary>
    public static string Trend(double ratio) => ratio <= 1
        ? $"{1 / ratio:0.##}× faster"
        : $"{ratio:0.##}× slower";
}
