using System.Globalization;

namespace BsdfGen.Benchmarks.Reporting.Charts;

/// <summary>
/// The chart of the comparisons: one horizontal bar per case, drawn from the 1× line of its baseline on a log
/// scale, to the left when faster and to the right when slower, grouped by category and parameters. The layout is
/// measured on the canvas it is drawn on, so the text fits.
/// </summary>
public static class RatioChart
{
    private const int Margin = 20;
    private const int MinPlotWidth = 500;
    private const string Faster = "#2e7d32";
    private const string Slower = "#d84315";
    private const string Ink = "#222";
    private const string Muted = "#555";
    private const string Title = "BsdfGen benchmarks: time relative to each comparison's baseline";

    public static string RenderSvg(IReadOnlyList<Comparison> comparisons, string subtitle)
    {
        var canvas = new SvgCanvas();
        Draw(canvas, comparisons, subtitle);
        return canvas.ToString();
    }

    public static void Draw(IChartCanvas canvas, IReadOnlyList<Comparison> comparisons, string subtitle)
    {
        var groups = comparisons.GroupBy(c => c.Title).ToList();
        var ratios = comparisons.Select(c => c.Ratio).Where(r => r > 0 && double.IsFinite(r)).DefaultIfEmpty(1).ToList();
        var low = Math.Min(-1, (int)Math.Floor(Math.Log10(ratios.Min())));
        var high = Math.Max(1, (int)Math.Ceiling(Math.Log10(ratios.Max())));

        var text = canvas.TextHeight;
        var rowHeight = Math.Round(text + 8);
        var groupHeight = Math.Round(text + 17);
        var labelRight = Margin + comparisons.Select(c => canvas.TextWidth(c.Case.Label, TextStyle.Normal)).DefaultIfEmpty(0).Max();
        var groupTitleRight = Margin + groups.Select(g => canvas.TextWidth(g.Key, TextStyle.Bold)).DefaultIfEmpty(0).Max();
        var plotLeft = Math.Max(labelRight, groupTitleRight) + Margin;

        // Wide enough that neighbouring decade labels do not touch.
        var decadeWidth = Enumerable.Range(low, high - low + 1).Max(decade => canvas.TextWidth(DecadeLabel(decade), TextStyle.Normal)) + 16;
        var plotWidth = Math.Max(MinPlotWidth, decadeWidth * (high - low));
        var plotRight = plotLeft + plotWidth;
        var valueLeft = plotRight + 15;
        var top = Math.Round((text * 5) + 20);
        var width = (int)Math.Ceiling(new[]
        {
            valueLeft + comparisons.Select(c => canvas.TextWidth(ValueText(c.Ratio), TextStyle.Normal)).DefaultIfEmpty(0).Max(),
            plotLeft + groups.Select(g => canvas.TextWidth(BaselineText(g.First()), TextStyle.Normal)).DefaultIfEmpty(0).Max(),
            Margin + canvas.TextWidth(Title, TextStyle.Title),
            Margin + canvas.TextWidth(subtitle, TextStyle.Normal),
        }.Max() + Margin);
        var bottom = top + (groups.Count * groupHeight) + (comparisons.Count * rowHeight) + 6;
        var height = (int)Math.Ceiling(bottom + (text * 3) + 16);
        double X(double ratio) => plotLeft + ((Math.Log10(Math.Clamp(ratio, Math.Pow(10, low), Math.Pow(10, high))) - low) / (high - low) * plotWidth);

        canvas.Begin(width, height, "#ffffff");
        canvas.Text(Margin, Math.Round(text * 2.1), Title, Ink, style: TextStyle.Title);
        canvas.Text(Margin, Math.Round(text * 3.8), subtitle, Muted);
        canvas.Text(plotLeft, top - 10, "◀ faster than the baseline", Faster);
        canvas.Text(plotRight, top - 10, "slower ▶", Slower, TextAnchor.End);
        canvas.Text(valueLeft, top - 10, "time ratio", Muted);

        for (var decade = low; decade <= high; decade++)
        {
            var x = X(Math.Pow(10, decade));
            var strong = decade == 0;
            canvas.Line(x, top - 4, x, bottom, strong ? "#333" : "#ddd", strong ? 1.5 : 1);
            canvas.Text(x, bottom + text + 5, DecadeLabel(decade), Muted, TextAnchor.Middle);
        }

        canvas.Text((plotLeft + plotRight) / 2, bottom + (text * 2) + 16, "time ÷ baseline time (log scale)", Muted, TextAnchor.Middle);

        var y = top;
        foreach (var group in groups)
        {
            canvas.Text(Margin, y + text + 7, group.Key, Ink, style: TextStyle.Bold);
            // On a white ground, so that the 1× line does not run through the text.
            var baselineText = BaselineText(group.First());
            canvas.Rect(plotLeft - 2, y + 4, canvas.TextWidth(baselineText, TextStyle.Normal) + 4, text + 6, "#ffffff");
            canvas.Text(plotLeft, y + text + 7, baselineText, Muted);
            y += groupHeight;
            foreach (var comparison in group)
            {
                var ratio = comparison.Ratio;
                var x1 = X(1);
                var x2 = X(ratio);
                var color = ratio <= 1 ? Faster : Slower;
                var baseline = comparison.Baseline;
                canvas.Text(labelRight, y + text + 2, comparison.Case.Label, Ink, TextAnchor.End);
                canvas.Rect(
                    Math.Min(x1, x2), y + 3, Math.Max(1.5, Math.Abs(x2 - x1)), rowHeight - 6, color,
                    $"{comparison.Title}: {comparison.Case.Label} {Format.Time(comparison.Case.MeanNs)} vs {baseline.Label} {Format.Time(baseline.MeanNs)}");
                canvas.Text(valueLeft, y + text + 2, ValueText(ratio), color);
                y += rowHeight;
            }
        }
    }

    private static string BaselineText(Comparison comparison) =>
        $"baseline: {comparison.Baseline.Label}, {Format.Time(comparison.Baseline.MeanNs)}";

    private static string ValueText(double ratio) => $"{Format.Ratio(ratio)}× ({Format.Trend(ratio)})";

    private static string DecadeLabel(int decade) => decade >= 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Pow(10, decade):0}×")
        : "0." + new string('0', -decade - 1) + "1×";
}
