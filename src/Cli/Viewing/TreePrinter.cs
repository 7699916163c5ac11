using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using BsdfGen.Cli.Formatting;
using BsdfGen.Wire;

namespace BsdfGen.Cli.Viewing;

/// <summary>
/// Prints the tree of a BSDF document by walking the wire format (no decoding into objects), in the
/// layout of the reference CLI's <c>view</c>: one value per line, two spaces of indent per level,
/// values deeper than <paramref name="maxDepth"/> left out and containers at that depth summarised on one line.
/// </summary>
internal sealed class TreePrinter(ViewWriter output, long maxDepth, Action<string> warn)
{
    private const int MaxStringCodePoints = 40;

    /// <summary>Prints the root value; the header must already have been checked.</summary>
    public void PrintDocument(ReadOnlySpan<byte> data)
    {
        var reader = new BsdfReader(data);
        reader.ReadHeader();
        PrintValue(ref reader, 0, indent: true);
    }

    private static string Indent(int depth) => new(' ', 2 * depth);

    private static string Summarise(string text)
    {
        var codePoints = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (++codePoints > MaxStringCodePoints)
            {
                var cut = 0;
                for (var kept = 0; kept < MaxStringCodePoints - 1; kept++)
                {
                    cut += char.IsHighSurrogate(text[cut]) && cut + 1 < text.Length && char.IsLowSurrogate(text[cut + 1]) ? 2 : 1;
                }

                return text[..cut] + "\u2026";
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        return text;
    }

    private static string BlobLine(in BsdfBlobHeader header) => string.Create(
        CultureInfo.InvariantCulture,
        $"Binary blob size {header.AllocatedSize}/{header.UsedSize}/{header.DataSize} compr {(int)header.Compression} checksum {(header.Checksum is { } sum ? Convert.ToHexStringLower(sum) : "none")}");

    private void PrintValue(ref BsdfReader reader, int depth, bool indent)
    {
        if (depth > CliLimits.MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BsdfException($"Nesting is deeper than the {CliLimits.MaxNesting} levels the viewer shows", reader.Position);
        }

        var valueStart = reader;
        var kind = reader.ReadValueHeader(out var extensionName);
        var suffix = extensionName.IsEmpty ? string.Empty : $" ({Encoding.UTF8.GetString(extensionName)})";
        if (kind == BsdfValueKind.Map && extensionName.SequenceEqual("dataframe"u8) && TryPrintDataFrame(ref reader, valueStart, depth, indent, suffix))
        {
            return;
        }

        switch (kind)
        {
            case BsdfValueKind.Null:
                PrintLine("null", depth, indent, suffix);
                break;
            case BsdfValueKind.True:
                PrintLine("true", depth, indent, suffix);
                break;
            case BsdfValueKind.False:
                PrintLine("false", depth, indent, suffix);
                break;
            case BsdfValueKind.Int16:
                PrintLine(reader.ReadInt16Body().ToString(CultureInfo.InvariantCulture), depth, indent, suffix);
                break;
            case BsdfValueKind.Int64:
                PrintLine(reader.ReadInt64Body().ToString(CultureInfo.InvariantCulture), depth, indent, suffix);
                break;
            case BsdfValueKind.Float32:
                PrintLine(PythonRepr.Float(reader.ReadFloat32Body()), depth, indent, suffix);
                break;
            case BsdfValueKind.Float64:
                PrintLine(PythonRepr.Float(reader.ReadFloat64Body()), depth, indent, suffix);
                break;
            case BsdfValueKind.String:
                PrintLine(PythonRepr.String(Summarise(reader.ReadStringBodyAsString())), depth, indent, suffix);
                break;
            case BsdfValueKind.List:
                PrintList(ref reader, depth, indent, suffix);
                break;
            case BsdfValueKind.Map:
                PrintMap(ref reader, depth, indent, suffix);
                break;
            case BsdfValueKind.Blob:
                var header = reader.ReadBlobBody();
                reader.SkipBlobData(header);
                PrintLine(BlobLine(header), depth, indent, suffix);
                break;
        }
    }

    /// <summary>
    /// Prints a value tagged <c>dataframe</c> as a table and moves the reader past it. A frame that cannot be decoded
    /// is reported and left to be printed as the mapping it is (the reader stays put).
    /// </summary>
    private bool TryPrintDataFrame(ref BsdfReader reader, BsdfReader valueStart, int depth, bool indent, string suffix)
    {
        var frameReader = valueStart;
        BsdfDataFrame frame;
        try
        {
            frame = BsdfDataFrame.ReadFrom(ref frameReader, CliLimits.Reading);
        }
        catch (BsdfException error) when (!error.IsTruncation)
        {
            warn($"The data frame cannot be shown as a table ({error.Message}); showing its mapping");
            return false;
        }

        reader = frameReader;
        PrintLine(DataFrameTable.Summary(frame), depth, indent, suffix);
        if (depth < maxDepth)
        {
            foreach (var line in DataFrameTable.Lines(frame))
            {
                output.WriteLine(Indent(depth + 1) + line);
            }
        }

        return true;
    }

    private void PrintList(ref BsdfReader reader, int depth, bool indent, string suffix)
    {
        var count = reader.ReadListBody(out var listKind);
        var collapsed = depth >= maxDepth ? " ]" : string.Empty;
        if (listKind == BsdfListKind.OpenStream)
        {
            PrintLine("[ streaming list" + collapsed, depth, indent, suffix);
            PrintStreamItems(ref reader, depth + 1);
        }
        else
        {
            PrintLine($"[ list with {count} elements{collapsed}", depth, indent, suffix);
            for (long i = 0; i < count; i++)
            {
                PrintValue(ref reader, depth + 1, indent: true);
            }
        }

        if (depth < maxDepth)
        {
            output.WriteLine(Indent(depth) + "]");
        }
    }

    /// <summary>Prints items until the end of the data; an item cut off by the end is left out and ends the stream.</summary>
    private void PrintStreamItems(ref BsdfReader reader, int depth)
    {
        while (!reader.IsAtEnd)
        {
            var checkpoint = output.Checkpoint();
            var itemStart = reader.Position;
            try
            {
                PrintValue(ref reader, depth, indent: true);
                output.Commit();
            }
            catch (BsdfException error) when (error.IsTruncation)
            {
                output.Rollback(checkpoint);
                reader.SkipToEnd();
                warn($"The last item of an open stream is cut off by the end of the data (an interrupted writer?); it is left out (at byte {itemStart})");
            }
        }
    }

    private void PrintMap(ref BsdfReader reader, int depth, bool indent, string suffix)
    {
        var count = reader.ReadMapBody();
        PrintLine($"{{ mapping with {count} items{(depth >= maxDepth ? " }" : string.Empty)}", depth, indent, suffix);
        for (long i = 0; i < count; i++)
        {
            var key = reader.ReadKeyAsString();
            if (depth < maxDepth)
            {
                output.Write(Indent(depth) + "  " + key + ": ");
            }

            PrintValue(ref reader, depth + 1, indent: false);
        }

        if (depth < maxDepth)
        {
            output.WriteLine(Indent(depth) + "}");
        }
    }

    private void PrintLine(string text, int depth, bool indent, string suffix)
    {
        if (depth <= maxDepth)
        {
            output.WriteLine((indent ? Indent(depth) : string.Empty) + text + suffix);
        }
    }
}
