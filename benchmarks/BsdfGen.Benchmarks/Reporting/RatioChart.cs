using System.Globalization;
using System.Security;
using System.Text;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>
/// An SVG chart of the comparisons: one horizontal bar per case, drawn from the 1× line of its baseline on a log
/// scale, to the left when faster and to the right when slower, grouped by category and parameters.
/// </summary>
public static class RatioChart
{
    private const int Width = 1140;
    private const int LabelRight = 380;
    private const int PlotLeft = 400;
    private const int PlotRight = 900;
    private const int ValueLeft = 915;
    private const int Top = 78;
    private const int RowHeight = 21;
    private const int GroupHeight = 30;
    private const string Faster = "#2e7d32";
    private const string Slower = "#d84315";

    public static string Render(IReadOnlyList<Comparison> comparisons, string subtitle)
    {
        var groups = comparisons.GroupBy(c => c.Title).ToList();
        var ratios = comparisons.Select(c => c.Ratio).Where(r => r > 0 && double.IsFinite(r)).DefaultIfEmpty(1).ToList();
        var low = Math.Min(-1, (int)Math.Floor(Math.Log10(ratios.Min())));
        var high = Math.Max(1, (int)Math.Ceiling(Math.Log10(ratios.Max())));
        double X(double ratio) => PlotLeft + ((Math.Log10(Math.Clamp(ratio, Math.Pow(10, low), Math.Pow(10, high))) - low) / (high - low) * (PlotRight - PlotLeft));

        var height = Top + (groups.Count * GroupHeight) + (comparisons.Count * RowHeight) + 46;
        var svg = new StringBuilder();
        svg.AppendLine(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">"))
            .AppendLine(Invariant($"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>"))
            .AppendLine("<text x=\"20\" y=\"28\" font-size=\"18\" font-weight=\"bold\" fill=\"#222\">BsdfGen benchmarks: time relative to each comparison's baseline</text>")
            .AppendLine(Invariant($"<text x=\"20\" y=\"50\" fill=\"#555\">{Escape(subtitle)}</text>"))
            .AppendLine(Invariant($"<text x=\"{PlotLeft}\" y=\"68\" fill=\"{Faster}\">◀ faster than the baseline</text>"))
            .AppendLine(Invariant($"<text x=\"{PlotRight}\" y=\"68\" fill=\"{Slower}\" text-anchor=\"end\">slower ▶</text>"))
            .AppendLine(Invariant($"<text x=\"{ValueLeft}\" y=\"68\" fill=\"#555\">time ratio</text>"));

        var bottom = height - 40;
        for (var decade = low; decade <= high; decade++)
        {
            var x = X(Math.Pow(10, decade));
            var strong = decade == 0;
            svg.AppendLine(Invariant($"<line x1=\"{x:0.#}\" y1=\"{Top - 4}\" x2=\"{x:0.#}\" y2=\"{bottom}\" stroke=\"{(strong ? "#333" : "#ddd")}\" stroke-width=\"{(strong ? 1.5 : 1)}\"/>"))
                .AppendLine(Invariant($"<text x=\"{x:0.#}\" y=\"{bottom + 16}\" text-anchor=\"middle\" fill=\"#555\">{DecadeLabel(decade)}</text>"));
        }

        svg.AppendLine(Invariant($"<text x=\"{(PlotLeft + PlotRight) / 2}\" y=\"{bottom + 34}\" text-anchor=\"middle\" fill=\"#555\">time ÷ baseline time (log scale)</text>"));

        var y = Top;
        foreach (var group in groups)
        {
            var baseline = group.First().Baseline;
            svg.AppendLine(Invariant($"<text x=\"20\" y=\"{y + 20}\" font-weight=\"bold\" fill=\"#222\">{Escape(group.Key)}</text>"))
                .AppendLine(Invariant($"<text x=\"{PlotLeft}\" y=\"{y + 20}\" fill=\"#555\">baseline: {Escape(baseline.Label)}, {Escape(Format.Time(baseline.MeanNs))}</text>"));
            y += GroupHeight;
            foreach (var comparison in group)
            {
                var ratio = comparison.Ratio;
                var x1 = X(1);
                var x2 = X(ratio);
                var left = Math.Min(x1, x2);
                var width = Math.Max(1.5, Math.Abs(x2 - x1));
                var color = ratio <= 1 ? Faster : Slower;
                svg.AppendLine(Invariant($"<text x=\"{LabelRight}\" y=\"{y + 15}\" text-anchor=\"end\" fill=\"#222\">{Escape(comparison.Case.Label)}</text>"))
                    .AppendLine(Invariant($"<rect x=\"{left:0.#}\" y=\"{y + 3}\" width=\"{width:0.#}\" height=\"{RowHeight - 6}\" fill=\"{color}\"><title>{Escape($"{comparison.Title}: {comparison.Case.Label} {Format.Time(comparison.Case.MeanNs)} vs {baseline.Label} {Format.Time(baseline.MeanNs)}")}</title></rect>"))
                    .AppendLine(Invariant($"<text x=\"{ValueLeft}\" y=\"{y + 15}\" fill=\"{color}\">{Escape($"{Format.Ratio(ratio)}× ({Format.Trend(ratio)})")}</text>"));
                y += RowHeight;
            }
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string DecadeLabel(int decade) => decade >= 0
        ? Invariant($"{Math.Pow(10, decade):0}×")
        : "0." + new string('0', -decade - 1) + "1×";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
