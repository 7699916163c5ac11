using System.Globalization;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.Viewing;

/// <summary>
/// The lines <c>view</c> shows for a data frame: a header row of column names, a row of column types, then the
/// first rows (each led by its number), columns aligned; long cells are cut with an ellipsis.
/// </summary>
internal static class DataFrameTable
{
    public const int MaxRows = 10;
    private const int MaxCellLength = 32;
    private const string ColumnGap = "  ";

    /// <summary>The one-line summary that stands where a mapping's first line would.</summary>
    public static string Summary(BsdfDataFrame frame) =>
        $"data frame with {Count(frame.RowCount, "row")} and {Count(frame.ColumnCount, "column")}";

    /// <summary>The table lines, without indentation.</summary>
    public static IEnumerable<string> Lines(BsdfDataFrame frame)
    {
        if (frame.ColumnCount == 0)
        {
            yield break;
        }

        var shown = Math.Min(frame.RowCount, MaxRows);
        var rowNumbers = new List<string> { string.Empty, string.Empty };
        rowNumbers.AddRange(Enumerable.Range(0, shown).Select(row => row.ToString(CultureInfo.InvariantCulture)));
        var columns = new List<List<string>> { rowNumbers };
        for (var i = 0; i < frame.ColumnCount; i++)
        {
            var column = frame.Columns[i];
            var cells = new List<string> { Cut(frame.ColumnNames[i]), Cut(column.Type.ToString()) };
            cells.AddRange(Enumerable.Range(0, shown).Select(row => Cut(Text(DataFrameCells.Get(column, row)))));
            columns.Add(cells);
        }

        var widths = columns.Select(cells => cells.Max(cell => cell.Length)).ToList();
        for (var line = 0; line < shown + 2; line++)
        {
            var cells = columns.Select((cells, index) => index == 0 ? cells[line].PadLeft(widths[index]) : cells[line].PadRight(widths[index]));
            yield return string.Join(ColumnGap, cells).TrimEnd();
        }

        if (frame.RowCount > shown)
        {
            yield return $"\u2026 {Count(frame.RowCount - shown, "more row")}";
        }
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string Text(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        double number => PythonRepr.Float(number),
        float number => PythonRepr.Float(number),
        Half number => PythonRepr.Float((double)number),
        string text => PythonRepr.String(text),
        byte[] bytes => PythonRepr.Bytes(bytes),
        IsoText iso => iso.Text,
        List<object?> items => "[" + string.Join(", ", items.Select(Text)) + "]",
        BsdfMap record => "{" + string.Join(", ", record.Select(field => field.Key + ": " + Text(field.Value))) + "}",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Cut(string text)
    {
        if (text.Length <= MaxCellLength)
        {
            return text;
        }

        var keep = MaxCellLength - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep] + "\u2026";
    }
}
