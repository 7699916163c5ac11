namespace BsdfGen.Cli.Formatting;

/// <summary>
/// The value of one data frame cell as plain values the JSON writer and the viewer know: null for a missing value,
/// numbers, booleans, strings, <c>byte[]</c>, <see cref="IsoText"/> for dates and times, lists for list cells, mappings
/// for struct cells, and the category itself for dictionary cells.
/// </summary>
internal static class DataFrameCells
{
    public static object? Get(BsdfColumn column, int row)
    {
        if (!column.IsValid(row))
        {
            return null;
        }

        switch (column)
        {
            case BsdfDateColumn date:
                return IsoTime.Date(date.Values[row]);
            case BsdfDateMillisecondsColumn date:
                return IsoTime.Timestamp(date.Values[row], BsdfTimeUnit.Milliseconds, utc: false);
            case BsdfTimestampColumn timestamp:
                return IsoTime.Timestamp(timestamp.Values[row], timestamp.Unit, utc: timestamp.TimeZone is not null);
            case BsdfTimeColumn time:
                return IsoTime.TimeOfDay(time.Values[row], time.Unit);
            case BsdfListColumn list:
                var (start, count) = list.GetRange(row);
                var items = new List<object?>(count);
                for (var i = start; i < start + count; i++)
                {
                    items.Add(Get(list.Values, i));
                }

                return items;
            case BsdfStructColumn record:
                var fields = new BsdfMap(record.Fields.Count);
                for (var i = 0; i < record.Fields.Count; i++)
                {
                    fields.Add(record.FieldNames[i], Get(record.Fields[i], row));
                }

                return fields;
            case BsdfDictionaryColumn dictionary:
                return dictionary.GetIndex(row) is { } index ? Get(dictionary.Categories, (int)index) : null;
            default:
                return column.GetValue(row);
        }
    }
}
