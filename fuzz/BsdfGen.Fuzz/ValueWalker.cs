using System.Collections;

namespace BsdfGen.Fuzz;

/// <summary>
/// Touches every part of a decoded value that is only decoded on demand: lazy blobs, list-stream items (read, indexed
/// and skipped), data frame cells, ndarray elements. Errors there count as much as errors while decoding.
/// </summary>
internal static class ValueWalker
{
    // Enough to reach every code path in a column or a stream without making one execution slow.
    private const int MaxElements = 4096;

    public static void Touch(object? value)
    {
        switch (value)
        {
            case string or byte[]:
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                foreach (var entry in map)
                {
                    Touch(entry.Value);
                }

                break;
            case BsdfLazyBlob blob:
                blob.GetBytes();
                break;
            case BsdfListStreamReader stream:
                TouchStream(stream);
                break;
            case BsdfDataFrame frame:
                TouchFrame(frame);
                break;
            case BsdfNdArray array:
                TouchArray(array);
                break;
            case BsdfImage image:
                TouchArray(image.Array);
                Touch(image.Meta);
                break;
            case BsdfExtensionValue extension:
                Touch(extension.Value);
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Touch(entry.Value);
                }

                break;
            case IList list:
                foreach (var item in list)
                {
                    Touch(item);
                }

                break;
        }
    }

    public static void TouchStream(BsdfListStreamReader stream)
    {
        var index = stream.BuildIndex();
        for (var i = index.Count - 1; i >= 0 && i >= index.Count - MaxElements; i--)
        {
            Touch(index.ReadAt(i));
        }

        var count = 0;
        foreach (var item in stream)
        {
            Touch(item);
            if (++count == MaxElements)
            {
                break;
            }
        }

        stream.Skip(long.MaxValue);
        stream.TryReadNext(out _);
    }

    public static void TouchFrame(BsdfDataFrame frame)
    {
        var rows = Math.Min(frame.RowCount, MaxElements);
        foreach (var column in frame.Columns)
        {
            for (var row = 0; row < rows; row++)
            {
                Touch(column.GetValue(row));
            }
        }

        if (frame.RowCount > 0)
        {
            frame.GetRow(frame.RowCount - 1);
        }

        frame.ToString();
    }

    private static void TouchArray(BsdfNdArray array)
    {
        for (long i = 0; i < Math.Min(array.Length, MaxElements); i++)
        {
            array.GetElement(i);
        }
    }
}
