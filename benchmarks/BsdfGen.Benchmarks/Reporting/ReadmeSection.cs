using System.Text;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>
/// Puts a full run's summary into README.md, between <c>&lt;!-- performance:begin --&gt;</c> and
/// <c>&lt;!-- performance:end --&gt;</c>, so that the numbers README shows are always those of the last full run.
/// </summary>
public static class ReadmeSection
{
    private const string Begin = "<!-- performance:begin -->";
    private const string End = "<!-- performance:end -->";

    /// <summary>Replaces the section; returns false (and changes nothing) when README.md has no such section.</summary>
    public static bool Update(string readmePath, string summaryMarkdown)
    {
        var readme = File.ReadAllText(readmePath);
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return false;
        }

        var section = new StringBuilder();
        foreach (var line in summaryMarkdown.ReplaceLineEndings("\n").Split('\n').Skip(1))
        {
            // README nests the summary under its own "Performance" heading, and links the chart from the root.
            var adjusted = line.StartsWith("## ", StringComparison.Ordinal) ? "#" + line : line;
            adjusted = adjusted.Replace("](summary.svg)", "](benchmarks/results/summary.svg)", StringComparison.Ordinal)
                .Replace("`BenchmarkDotNet/results/`", "`benchmarks/results/BenchmarkDotNet/results/`", StringComparison.Ordinal);
            section.Append(adjusted).Append('\n');
        }

        var updated = readme[..(begin + Begin.Length)] + "\n" + section.ToString().Trim('\n') + "\n" + readme[end..];
        File.WriteAllText(readmePath, updated);
        return true;
    }
}
