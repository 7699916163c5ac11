using BsdfGen.DataFrames.Conversion;
using BsdfGen.Limits;
using BsdfGen.Wire;

namespace BsdfGen.DataFrames.BsdfFormat;

/// <summary>
/// Reads and writes a <see cref="BsdfDataFrame"/> as a BSDF value tagged <c>dataframe</c>, for the dynamic
/// encoder and decoder (through the extension) and for the typed codec alike, so both write the same bytes.
/// </summary>
internal static class DataFrameWire
{
    public static readonly BsdfExtensionName ExtensionName = BsdfExtensionName.Get("dataframe");

    /// <summary>Writes the frame tagged <c>dataframe</c>, nested <paramref name="depth"/> levels deep.</summary>
    public static void Write(ref BsdfWriter writer, BsdfDataFrame frame, BsdfOptions options, int depth)
    {
        using var encoder = new ColumnEncoder(options.MaxDepth);
        var document = encoder.EncodeFrame(frame);
        writer.WriteExtensionName(ExtensionName);
        BsdfDocumentWriter.Write(ref writer, document, options, depth);
    }

    /// <summary>Reads a value tagged <c>dataframe</c>, or an untagged mapping of the same layout.</summary>
    public static BsdfDataFrame Read(ref BsdfReader reader, BsdfOptions options, int depth)
    {
        var start = reader.Position;
        var kind = reader.ReadValueHeader(out var extensionName);
        if (!extensionName.IsEmpty && !extensionName.SequenceEqual(ExtensionName.Utf8Bytes))
        {
            BsdfThrow.Invalid($"Expected a data frame but found a value of the extension '{BsdfUtf8.Decode(extensionName, start + 2)}'", start);
        }

        return ReadBody(ref reader, kind, start, options, depth);
    }

    /// <summary>Reads the body of a value tagged <c>dataframe</c> whose type id was read at <paramref name="start"/>.</summary>
    public static BsdfDataFrame ReadBody(ref BsdfReader reader, BsdfValueKind kind, long start, BsdfOptions options, int depth)
    {
        if (kind != BsdfValueKind.Map)
        {
            BsdfThrow.Invalid($"A data frame is a mapping, not a {kind} value", start);
        }

        using var budget = DecodeBudget.Begin(options);
        var document = BsdfDocumentReader.ReadBody(ref reader, kind, start, options, depth);
        return new ColumnDecoder(reader.Data, options).DecodeFrame(document);
    }
}
