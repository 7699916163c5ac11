using System.Collections;
using System.Runtime.CompilerServices;

namespace BsdfGen.DataFrames.Documents;

/// <summary>Converts document trees to and from the dynamic model (mappings, lists, integers, strings, blobs).</summary>
internal static class DynamicDocuments
{
    /// <summary>The tree as dynamic values; binary data becomes uncompressed <see cref="BsdfBlob"/>s.</summary>
    /// <param name="node">The tree.</param>
    /// <param name="input">What the tree was read from, if it was.</param>
    public static object? ToDynamic(DocumentNode node, ReadOnlySpan<byte> input = default)
    {
        switch (node)
        {
            case DocumentMap map:
                var mapping = new BsdfMap(map.Entries.Count);
                foreach (var (key, value) in map.Entries)
                {
                    mapping.Add(key, ToDynamic(value, input));
                }

                return mapping;
            case DocumentList list:
                var items = new List<object?>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    items.Add(ToDynamic(item, input));
                }

                return items;
            case DocumentInteger integer:
                return integer.Value;
            case DocumentString text:
                return text.Value;
            case DocumentBinary binary:
                return new BsdfBlob(binary.GetBytes(input).ToArray());
            default:
                return null;
        }
    }

    /// <summary>A tree from dynamic values (as decoded, or built by a caller), at most <paramref name="maxDepth"/> deep.</summary>
    /// <exception cref="BsdfException">The values nest deeper than <paramref name="maxDepth"/>.</exception>
    public static DocumentNode FromDynamic(object? value, int maxDepth, int depth = 0)
    {
        if (depth >= maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BsdfException($"The data frame document nests deeper than the maximum depth of {maxDepth}");
        }

        switch (value)
        {
            case IDictionary<string, object?> mapping:
                var map = new DocumentMap();
                foreach (var (key, item) in mapping)
                {
                    map.Add(key, FromDynamic(item, maxDepth, depth + 1));
                }

                return map;
            case long or int or short:
                return new DocumentInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), isInt64: value is long);
            case string text:
                return new DocumentString(text);
            case byte[] bytes:
                return new DocumentBinary(bytes);
            case BsdfBlob blob:
                return new DocumentBinary(blob.Data.ToArray());
            case BsdfLazyBlob lazy:
                return new DocumentBinary(lazy.GetBytes());
            case ReadOnlyMemory<byte> memory:
                return new DocumentBinary(memory.ToArray());
            case IList items:
                var list = new DocumentList();
                foreach (var item in items)
                {
                    list.Items.Add(FromDynamic(item, maxDepth, depth + 1));
                }

                return list;
            default:
                return new DocumentOther(value is null ? "null" : $"a {value.GetType().Name}", DocumentNode.NoOffset);
        }
    }
}
