using System.Globalization;
using System.Security;
using System.Text;

namespace BsdfGen.Benchmarks.Reporting.Charts;

/// <summary>Draws a chart as SVG text (Helvetica-like fonts; text widths are estimated from the character count).</summary>
public sealed class SvgCanvas : IChartCanvas
{
    private const double FontSize = 13;
    private const double TitleSize = 18;
    private readonly StringBuilder _svg = new();

    public double TextHeight => FontSize;

    public double TextWidth(string text, TextStyle style) => text.Length * style switch
    {
        TextStyle.Title => TitleSize * 0.58,
        TextStyle.Bold => FontSize * 0.58,
        _ => FontSize * 0.54,
    };

    public void Begin(int width, int height, string background) =>
        _svg.AppendLine(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"{FontSize}\">"))
            .AppendLine(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"{background}\"/>"));

    public void Rect(double x, double y, double width, double height, string color, string? tooltip = null) =>
        _svg.AppendLine(tooltip is null
            ? Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" fill=\"{color}\"/>")
            : Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" fill=\"{color}\"><title>{Escape(tooltip)}</title></rect>"));

    public void Line(double x1, double y1, double x2, double y2, string color, double thickness) =>
        _svg.AppendLine(Invariant($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{color}\" stroke-width=\"{thickness:0.#}\"/>"));

    public void Text(double x, double y, string text, string color, TextAnchor anchor = TextAnchor.Start, TextStyle style = TextStyle.Normal)
    {
        var attributes = new StringBuilder();
        if (anchor != TextAnchor.Start)
        {
            attributes.Append(anchor == TextAnchor.Middle ? " text-anchor=\"middle\"" : " text-anchor=\"end\"");
        }

        if (style == TextStyle.Title)
        {
            attributes.Append(Invariant($" font-size=\"{TitleSize}\""));
        }

        if (style != TextStyle.Normal)
        {
            attributes.Append(" font-weight=\"bold\"");
        }

        _svg.AppendLine(Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\"{attributes} fill=\"{color}\">{Escape(text)}</text>"));
    }

    /// <summary>The finished SVG document.</summary>
    public override string ToString() => _svg + "</svg>\n";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
