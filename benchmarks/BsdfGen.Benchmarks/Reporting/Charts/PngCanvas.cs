using System.Globalization;

namespace BsdfGen.Benchmarks.Reporting.Charts;

/// <summary>
/// Draws a chart into an RGB raster, with text in <see cref="BitmapFont"/> at twice its size (three times for the
/// title), and encodes it with <see cref="PngEncoder"/>. Tooltips have no place in a PNG and are dropped.
/// </summary>
public sealed class PngCanvas : IChartCanvas
{
    private const int TextScale = 2;
    private const int TitleScale = 3;
    private byte[] _pixels = [];
    private int _width;
    private int _height;

    public double TextHeight => 7 * TextScale;

    public double TextWidth(string text, TextStyle style) => text.Length * BitmapFont.Advance * Scale(style);

    public void Begin(int width, int height, string background)
    {
        _width = width;
        _height = height;
        _pixels = new byte[width * height * 3];
        Fill(0, 0, width, height, Color(background));
    }

    public void Rect(double x, double y, double width, double height, string color, string? tooltip = null) =>
        Fill((int)Math.Round(x), (int)Math.Round(y), (int)Math.Max(1, Math.Round(width)), (int)Math.Max(1, Math.Round(height)), Color(color));

    public void Line(double x1, double y1, double x2, double y2, string color, double thickness)
    {
        var pen = (int)Math.Max(1, Math.Round(thickness));
        if (x1 == x2)
        {
            Fill((int)Math.Round(x1) - (pen / 2), (int)Math.Round(Math.Min(y1, y2)), pen, (int)Math.Round(Math.Abs(y2 - y1)) + 1, Color(color));
        }
        else if (y1 == y2)
        {
            Fill((int)Math.Round(Math.Min(x1, x2)), (int)Math.Round(y1) - (pen / 2), (int)Math.Round(Math.Abs(x2 - x1)) + 1, pen, Color(color));
        }
        else
        {
            throw new ArgumentException("The PNG canvas draws vertical and horizontal lines only");
        }
    }

    public void Text(double x, double y, string text, string color, TextAnchor anchor = TextAnchor.Start, TextStyle style = TextStyle.Normal)
    {
        var scale = Scale(style);
        var width = TextWidth(text, style);
        var left = (int)Math.Round(anchor switch
        {
            TextAnchor.Middle => x - (width / 2),
            TextAnchor.End => x - width,
            _ => x,
        });
        var top = (int)Math.Round(y) - (7 * scale);
        var rgb = Color(color);
        foreach (var character in text)
        {
            DrawGlyph(BitmapFont.Glyph(character), left, top, scale, rgb);
            if (style != TextStyle.Normal)
            {
                DrawGlyph(BitmapFont.Glyph(character), left + 1, top, scale, rgb);
            }

            left += BitmapFont.Advance * scale;
        }
    }

    /// <summary>The picture as a PNG file.</summary>
    public byte[] ToPng() => PngEncoder.Encode(_pixels, _width, _height);

    private static int Scale(TextStyle style) => style == TextStyle.Title ? TitleScale : TextScale;

    private void DrawGlyph(ReadOnlySpan<byte> rows, int left, int top, int scale, (byte R, byte G, byte B) rgb)
    {
        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < BitmapFont.GlyphWidth; column++)
            {
                if ((rows[row] & (1 << (BitmapFont.GlyphWidth - 1 - column))) != 0)
                {
                    Fill(left + (column * scale), top + (row * scale), scale, scale, rgb);
                }
            }
        }
    }

    private void Fill(int left, int top, int width, int height, (byte R, byte G, byte B) rgb)
    {
        var right = Math.Min(_width, left + width);
        var bottom = Math.Min(_height, top + height);
        for (var y = Math.Max(0, top); y < bottom; y++)
        {
            for (var x = Math.Max(0, left); x < right; x++)
            {
                var offset = ((y * _width) + x) * 3;
                _pixels[offset] = rgb.R;
                _pixels[offset + 1] = rgb.G;
                _pixels[offset + 2] = rgb.B;
            }
        }
    }

    private static (byte R, byte G, byte B) Color(string hex)
    {
        if (hex.Length == 4)
        {
            hex = $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}";
        }

        var value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
