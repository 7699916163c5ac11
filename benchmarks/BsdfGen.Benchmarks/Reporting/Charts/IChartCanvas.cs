namespace BsdfGen.Benchmarks.Reporting.Charts;

/// <summary>Where a text's x coordinate is: its start, middle or end.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>The three kinds of text in a chart.</summary>
public enum TextStyle
{
    Normal,
    Bold,
    Title,
}

/// <summary>
/// What a chart is drawn on (the SVG canvas; GitHub renders SVG, so no raster image is drawn). Coordinates are
/// pixels from the top left; a text's y is its baseline.
/// </summary>
public interface IChartCanvas
{
    /// <summary>The height of a line of normal text (capital letters), which the layout spaces rows by.</summary>
    double TextHeight { get; }

    /// <summary>How wide <paramref name="text"/> is drawn.</summary>
    double TextWidth(string text, TextStyle style);

    /// <summary>Starts the picture; called once, before anything is drawn.</summary>
    void Begin(int width, int height, string background);

    void Rect(double x, double y, double width, double height, string color, string? tooltip = null);

    /// <summary>A vertical or horizontal line.</summary>
    void Line(double x1, double y1, double x2, double y2, string color, double thickness);

    void Text(double x, double y, string text, string color, TextAnchor anchor = TextAnchor.Start, TextStyle style = TextStyle.Normal);
}
