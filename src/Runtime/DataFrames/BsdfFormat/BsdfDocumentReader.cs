using System.Runtime.CompilerServices;
using BsdfGen.Blobs;
using BsdfGen.DataFrames.Documents;
using BsdfGen.Wire;

namespace BsdfGen.DataFrames.BsdfFormat;

/// <summary>
/// Reads a BSDF value into a document tree. Uncompressed blobs stay in the input (their nodes refer to the reader's
/// data); compressed or checksummed ones are read in full. Extension tags inside the tree are ignored.
/// </summary>
internal static class BsdfDocumentReader
{
    /// <summary>Reads the body of a value whose type id (and any extension name) was read at <paramref name="start"/>.</summary>
    public static DocumentNode ReadBody(ref BsdfReader reader, BsdfValueKind kind, long start, BsdfOptions options, int depth)
    {
        switch (kind)
        {
            case BsdfValueKind.Map:
                EnterContainer(depth, start, options);
                var map = new DocumentMap(start);
                var entries = reader.ReadMapBody();
                for (long i = 0; i < entries; i++)
                {
                    var key = reader.ReadKeyAsString();
                    map.Add(key, Read(ref reader, options, depth + 1));
                }

                return map;
            case BsdfValueKind.List:
                EnterContainer(depth, start, options);
                var list = new DocumentList(start);
                var count = reader.ReadListBody(out var listKind);
                if (listKind != BsdfListKind.Regular)
                {
                    BsdfThrow.Invalid("A list stream cannot be part of a data frame", start);
                }

                for (long i = 0; i < count; i++)
                {
                    list.Items.Add(Read(ref reader, options, depth + 1));
                }

                return list;
            case BsdfValueKind.Int16:
                return new DocumentInteger(reader.ReadInt16Body(), isInt64: false, start);
            case BsdfValueKind.Int64:
                return new DocumentInteger(reader.ReadInt64Body(), isInt64: true, start);
            case BsdfValueKind.String:
                return new DocumentString(reader.ReadStringBodyAsString(), start);
            case BsdfValueKind.Blob:
                return ReadBlob(ref reader, start, options);
            case BsdfValueKind.Float32:
                reader.ReadFloat32Body();
                return new DocumentOther("a float", start);
            case BsdfValueKind.Float64:
                reader.ReadFloat64Body();
                return new DocumentOther("a float", start);
            default:
                return new DocumentOther(kind == BsdfValueKind.Null ? "null" : "a boolean", start);
        }
    }

    private static DocumentNode Read(ref BsdfReader reader, BsdfOptions options, int depth)
    {
        var start = reader.Position;
        var kind = reader.ReadValueHeader();
        return ReadBody(ref reader, kind, start, options, depth);
    }

    private static DocumentBinary ReadBlob(ref BsdfReader reader, long start, BsdfOptions options)
    {
        var header = reader.ReadBlobBody();
        if (header.Compression == BsdfCompression.None && (header.Checksum is null || !options.VerifyChecksums))
        {
            var dataStart = reader.Consumed;
            reader.SkipBlobData(header);
            return new DocumentBinary(dataStart, (int)header.UsedSize, start);
        }

        return new DocumentBinary(BlobContent.Read(ref reader, header, options), start);
    }

    private static void EnterContainer(int depth, long start, BsdfOptions options)
    {
        if (depth >= options.MaxDepth)
        {
            BsdfThrow.Invalid($"Nesting is deeper than the maximum depth of {options.MaxDepth} (BsdfOptions.MaxDepth)", start);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            BsdfThrow.Invalid("Nesting is too deep for the stack", start);
        }
    }
}
