using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.Json;

/// <summary>
/// Writes decoded BSDF values as JSON in the layout of Python's <c>json.dump</c> (separators
/// <c>", "</c> and <c>": "</c>, non-ASCII escaped as <c>\uXXXX</c>, floats as <c>repr</c>, and
/// <c>NaN</c>/<c>Infinity</c>). Values JSON lacks get a stand-in: blob → base64 string, complex →
/// <c>[re, im]</c>, ndarray → nested lists, image → <c>{"array": ..., "meta": ...}</c>, data frame →
/// <c>{"column": [values, null for missing]}</c> (dates and times as ISO 8601 text), and a value of an
/// unknown extension → its plain value (reported through <paramref name="droppedExtension"/>).
/// </summary>
internal sealed class JsonWriter(TextWriter output, Action<string> droppedExtension)
{
    public void Write(object? value) => WriteValue(value, 0);

    private static bool NeedsEscape(char c) => c is < ' ' or > '~' or '"' or '\\';

    private void WriteValue(object? value, int depth)
    {
        if (depth > CliLimits.MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new CliException($"The data is nested deeper than {CliLimits.MaxNesting} levels");
        }

        switch (value)
        {
            case null:
                output.Write("null");
                return;
            case bool boolean:
                output.Write(boolean ? "true" : "false");
                return;
            case string text:
                WriteString(text);
                return;
            case long or int or short or sbyte or byte or ushort or uint or ulong:
                output.Write(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case double number:
                output.Write(PythonRepr.JsonFloat(number));
                return;
            case float number:
                output.Write(PythonRepr.JsonFloat(number));
                return;
            case Half number:
                output.Write(PythonRepr.JsonFloat((double)number));
                return;
            case Complex complex:
                output.Write('[');
                output.Write(PythonRepr.JsonFloat(complex.Real));
                output.Write(", ");
                output.Write(PythonRepr.JsonFloat(complex.Imaginary));
                output.Write(']');
                return;
            case byte[] bytes:
                WriteString(Convert.ToBase64String(bytes));
                return;
            case ReadOnlyMemory<byte> memory:
                WriteString(Convert.ToBase64String(memory.Span));
                return;
            case Memory<byte> memory:
                WriteString(Convert.ToBase64String(memory.Span));
                return;
            case BsdfLazyBlob lazy:
                WriteString(Convert.ToBase64String(lazy.GetBytes()));
                return;
            case BsdfNdArray array:
                WriteArray(array, depth);
                return;
            case BsdfImage image:
                WriteObject([new("array", image.Array), new("meta", image.Meta)], depth);
                return;
            case BsdfDataFrame frame:
                WriteFrame(frame, depth);
                return;
            case IsoText iso:
                WriteString(iso.Text);
                return;
            case BsdfExtensionValue tagged:
                droppedExtension(tagged.Name);
                WriteValue(tagged.Value, depth);
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(map, depth);
                return;
            case IDictionary map:
                WriteObject(map.Cast<DictionaryEntry>().Select(entry => new KeyValuePair<string, object?>(
                    entry.Key as string ?? throw new CliException($"A mapping key of type {entry.Key.GetType().Name} cannot be written as JSON"),
                    entry.Value)), depth);
                return;
            case IEnumerable items:
                WriteList(items.Cast<object?>(), depth);
                return;
        }

        throw new CliException($"A value of type {value.GetType().Name} cannot be written as JSON");
    }

    private void WriteObject(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        output.Write('{');
        var first = true;
        foreach (var (key, item) in entries)
        {
            if (!first)
            {
                output.Write(", ");
            }

            first = false;
            WriteString(key);
            output.Write(": ");
            WriteValue(item, depth + 1);
        }

        output.Write('}');
    }

    /// <summary>A data frame as <c>{"column": [value, …], …}</c>, null for a missing value.</summary>
    private void WriteFrame(BsdfDataFrame frame, int depth)
    {
        output.Write('{');
        for (var i = 0; i < frame.ColumnCount; i++)
        {
            if (i > 0)
            {
                output.Write(", ");
            }

            WriteString(frame.ColumnNames[i]);
            output.Write(": [");
            var column = frame.Columns[i];
            for (var row = 0; row < column.Length; row++)
            {
                if (row > 0)
                {
                    output.Write(", ");
                }

                WriteValue(DataFrameCells.Get(column, row), depth + 2);
            }

            output.Write(']');
        }

        output.Write('}');
    }

    private void WriteList(IEnumerable<object?> items, int depth)
    {
        output.Write('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                output.Write(", ");
            }

            first = false;
            WriteValue(item, depth + 1);
        }

        output.Write(']');
    }

    /// <summary>An n-d array as nested lists by shape; a 0-d array as its single element.</summary>
    private void WriteArray(BsdfNdArray array, int depth)
    {
        if (array.Rank == 0)
        {
            WriteValue(array.GetElement(0), depth);
            return;
        }

        long next = 0;
        WriteDimension(array, 0, ref next, depth);
    }

    private void WriteDimension(BsdfNdArray array, int dimension, ref long next, int depth)
    {
        output.Write('[');
        var length = array.Shape[dimension];
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                output.Write(", ");
            }

            if (dimension == array.Rank - 1)
            {
                WriteValue(array.GetElement(next++), depth + 1);
            }
            else
            {
                WriteDimension(array, dimension + 1, ref next, depth + 1);
            }
        }

        output.Write(']');
    }

    private void WriteString(string text)
    {
        output.Write('"');
        var chunkStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                continue;
            }

            output.Write(text.AsSpan(chunkStart, i - chunkStart));
            chunkStart = i + 1;
            switch (c)
            {
                case '"': output.Write("\\\""); break;
                case '\\': output.Write(@"\\"); break;
                case '\n': output.Write(@"\n"); break;
                case '\r': output.Write(@"\r"); break;
                case '\t': output.Write(@"\t"); break;
                case '\b': output.Write(@"\b"); break;
                case '\f': output.Write(@"\f"); break;
                default:
                    output.Write(@"\u");
                    output.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        output.Write(text.AsSpan(chunkStart));
        output.Write('"');
    }
}
