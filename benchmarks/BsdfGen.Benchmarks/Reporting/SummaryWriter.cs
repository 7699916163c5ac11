using System.Text;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>What a run knows besides the BenchmarkDotNet summaries.</summary>
public sealed record RunInfo(
    string Mode,
    string Job,
    DateTime StartedUtc,
    string Machine,
    string LoadAtStart,
    string LoadAtEnd,
    IReadOnlyList<(string Serializer, int Small, int Medium)> PayloadSizes,
    (int Input, int Native, int K4os)? Lz4Sizes,
    IReadOnlyList<string> Failed)
{
    /// <summary>The bytes of the data frame benchmark's table in each format, when measured.</summary>
    public IReadOnlyList<(string Format, long Bytes)>? FrameSizes { get; init; }
}

/// <summary>Writes <c>summary.md</c>: targets, one row per comparison, payload sizes.</summary>
public static class SummaryWriter
{
    public static string Render(RunInfo run, IReadOnlyList<Comparison> comparisons, IReadOnlyList<TargetResult> targets)
    {
        var md = new StringBuilder();
        md.AppendLine("# BsdfGen benchmark summary")
            .AppendLine()
            .AppendLine($"Mode **{run.Mode}** ({run.Job}), started {run.StartedUtc:yyyy-MM-dd HH:mm} UTC on {run.Machine}. "
                + $"Load average (1, 5, 15 min) at start {run.LoadAtStart}, at end {run.LoadAtEnd}.")
            .AppendLine()
            .AppendLine("Every number that matters here is a ratio against a baseline measured in the same run on the same data, "
                + "because the machine is shared and absolute times drift. BenchmarkDotNet's own reports are in `BenchmarkDotNet/results/`.")
            .AppendLine();
        if (run.Failed.Count > 0)
        {
            md.AppendLine($"**{run.Failed.Count} benchmark(s) produced no result:** {string.Join(", ", run.Failed)}").AppendLine();
        }

        md.AppendLine("![Time ratios against each baseline](summary.svg)")
            .AppendLine()
            .AppendLine("Each bar of the chart has its times as a tooltip.")
            .AppendLine()
            .AppendLine("## Targets")
            .AppendLine()
            .AppendLine("| Target | Required | Measured | Status |")
            .AppendLine("| --- | --- | --- | --- |");
        foreach (var target in targets)
        {
            md.AppendLine($"| {Cell(target.Target)} | {Cell(target.Required)} | {Cell(target.Measured)} | {target.Status} |");
        }

        md.AppendLine()
            .AppendLine("## Comparisons")
            .AppendLine()
            .AppendLine(ComparisonTable(comparisons))
            .AppendLine("## Payload sizes")
            .AppendLine()
            .AppendLine("The bytes each serializer writes for the same order (BenchmarkDotNet does not measure this).")
            .AppendLine()
            .AppendLine($"| Serializer | Small order ({Dto.OrderData.SmallLines} lines) | Medium order ({Dto.OrderData.MediumLines} lines) |")
            .AppendLine("| --- | ---: | ---: |");
        foreach (var (serializer, small, medium) in run.PayloadSizes)
        {
            md.AppendLine($"| {serializer} | {small:N0} B | {medium:N0} B |");
        }

        if (run.Lz4Sizes is { } lz4)
        {
            md.AppendLine()
                .AppendLine("## LZ4 compressed size")
                .AppendLine()
                .AppendLine($"The {lz4.Input / (1 << 20)} MiB of mixed data compress to {lz4.Native:N0} bytes with liblz4 ({(double)lz4.Native / lz4.Input:P1}) "
                    + $"and {lz4.K4os:N0} bytes with K4os.Compression.LZ4 ({(double)lz4.K4os / lz4.Input:P1}).");
        }

        if (run.FrameSizes is { Count: > 0 } frameSizes)
        {
            md.AppendLine()
                .AppendLine("## Data frame file sizes")
                .AppendLine()
                .AppendLine($"The {DataFrames.DataFrameBenchmarks.Rows:N0}-row, 6-column table of the data frame benchmarks in each format.")
                .AppendLine()
                .AppendLine("| Format | Bytes | Of the raw column bytes |")
                .AppendLine("| --- | ---: | ---: |");
            foreach (var (format, bytes) in frameSizes)
            {
                md.AppendLine($"| {Cell(format)} | {bytes:N0} B | {(double)bytes / frameSizes[0].Bytes:P1} |");
            }
        }

        return md.ToString();
    }

    /// <summary>One row per comparison: the case, its baseline, the time ratio and both allocations.</summary>
    public static string ComparisonTable(IReadOnlyList<Comparison> comparisons)
    {
        var md = new StringBuilder();
        md.AppendLine("| Comparison | Case | Baseline | Mean | Baseline mean | Time ratio | | Allocated | Baseline allocated |")
            .AppendLine("| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var c in comparisons)
        {
            md.AppendLine($"| {Cell(c.Title)} | {Cell(c.Case.Label)} | {Cell(c.Baseline.Label)} | {Format.Time(c.Case.MeanNs)} | {Format.Time(c.Baseline.MeanNs)} "
                + $"| {Format.Ratio(c.Ratio)} | {Format.Trend(c.Ratio)} | {Format.Bytes(c.Case.AllocatedBytes)} | {Format.Bytes(c.Baseline.AllocatedBytes)} |");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;");
}
