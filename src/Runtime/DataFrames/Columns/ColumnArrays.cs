namespace BsdfGen.DataFrames;

/// <summary>Reads a column back into a .NET array (the inverse of <see cref="ColumnFactory"/>).</summary>
internal static class ColumnArrays
{
    public static T[] ToArray<T>(BsdfColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column is IRawValues raw && raw.RawValues.GetType() == typeof(T[]) && !column.Validity.HasNulls)
        {
            return (T[])raw.RawValues.Clone();
        }

        var nullable = default(T) is null;
        var result = new T[column.Length];
        for (var row = 0; row < result.Length; row++)
        {
            switch (column.GetValue(row))
            {
                case null when nullable:
                    break;
                case null:
                    throw new InvalidCastException($"Row {row} of the {column.Type} column is missing, and {typeof(T).Name} cannot hold a missing value (use {typeof(T).Name}?)");
                case T value:
                    result[row] = value;
                    break;
                case DateTimeOffset instant when typeof(T) == typeof(DateTime) || typeof(T) == typeof(DateTime?):
                    result[row] = (T)(object)DateTimeInstants.FromStored(instant, wallClock: column is BsdfTimestampColumn { TimeZone: null });
                    break;
                case var other:
                    throw new InvalidCastException($"The {column.Type} column holds {other.GetType().Name} values, not {typeof(T).Name}");
            }
        }

        return result;
    }
}
