using System.Runtime.CompilerServices;
using BsdfGen.DataFrames.Documents;
using BsdfGen.Wire;

namespace BsdfGen.DataFrames.BsdfFormat;

/// <summary>Writes a document tree as BSDF: mappings, lists, integers, strings, and binary data as uncompressed blobs.</summary>
internal static class BsdfDocumentWriter
{
    /// <summary>Writes <paramref name="node"/> at nesting level <paramref name="depth"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="node">The tree.</param>
    /// <param name="options">Blob checksum and alignment (blobs are never compressed: their data already is) and the maximum depth.</param>
    /// <param name="depth">The nesting level of <paramref name="node"/>.</param>
    public static void Write(ref BsdfWriter writer, DocumentNode node, BsdfOptions options, int depth)
    {
        var blobSettings = options.DefaultBlobSettings with { Compression = BsdfCompression.None };
        writer.Reserve(SizeEstimate(node));
        WriteNode(ref writer, node, blobSettings, options.MaxDepth, depth);
    }

    /// <summary>About the number of bytes <paramref name="node"/> takes: its binary data plus a little per node.</summary>
    private static long SizeEstimate(DocumentNode node) => node switch
    {
        DocumentMap map => map.Entries.Sum(entry => 16 + SizeEstimate(entry.Value)),
        DocumentList list => list.Items.Sum(item => 8 + SizeEstimate(item)),
        DocumentBinary binary => 64 + binary.GetBytes(default).Length,
        _ => 32,
    };

    private static void WriteNode(ref BsdfWriter writer, DocumentNode node, BsdfBlobSettings blobSettings, int maxDepth, int depth)
    {
        switch (node)
        {
            case DocumentMap map:
                EnterContainer(depth, maxDepth);
                writer.WriteMapHeader(map.Entries.Count);
                foreach (var (key, value) in map.Entries)
                {
                    writer.WriteKey(key);
                    WriteNode(ref writer, value, blobSettings, maxDepth, depth + 1);
                }

                break;
            case DocumentList list:
                EnterContainer(depth, maxDepth);
                writer.WriteListHeader(list.Items.Count);
                foreach (var item in list.Items)
                {
                    WriteNode(ref writer, item, blobSettings, maxDepth, depth + 1);
                }

                break;
            case DocumentInteger integer:
                writer.WriteInt64(integer.Value);
                break;
            case DocumentString text:
                writer.WriteString(text.Value);
                break;
            case DocumentBinary binary:
                writer.WriteComputedBlob(binary.GetBytes(default), blobSettings);
                break;
            default:
                throw new BsdfException($"Cannot write {node.Description} in a data frame");
        }
    }

    private static void EnterContainer(int depth, int maxDepth)
    {
        if (depth >= maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BsdfException($"Nesting is deeper than the maximum depth of {maxDepth} (BsdfOptions.MaxDepth)");
        }
    }
}
