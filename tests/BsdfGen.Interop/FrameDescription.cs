using System.Text.Json;

namespace BsdfGen.Interop;

/// <summary>
/// A frame as JSON, in the form of the shared data frame vectors' descriptions: <c>{rows, columns: [{name, type, valid,
/// values}]}</c>. Types are <c>{t, p?}</c> documents; dates, timestamps and times are their stored integers, bytes
/// base64, non-finite floats and negative zero the strings <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>, <c>-0</c>, lists arrays, structs
/// objects, categories their values (the column also lists <c>categories</c>); a missing value is null.
/// </summary>
internal static class FrameDescription
{
    public static void Write(Utf8JsonWriter writer, BsdfDataFrame frame)
    {
        writer.WriteStartObject();
        writer.WriteNumber("rows", frame.RowCount);
        writer.WriteStartArray("columns");
        foreach (var (name, column) in frame)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteStartObject("type");
            WriteTypeMembers(writer, column.Type);
            writer.WriteEndObject();
            writer.WriteStartArray("valid");
            for (var row = 0; row < column.Length; row++)
            {
                writer.WriteBooleanValue(column.IsValid(row));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("values");
            for (var row = 0; row < column.Length; row++)
            {
                WriteValue(writer, column, row);
            }

            writer.WriteEndArray();
            if (column is BsdfDictionaryColumn dictionary)
            {
                writer.WriteStartArray("categories");
                for (var index = 0; index < dictionary.Categories.Length; index++)
                {
                    WriteValue(writer, dictionary.Categories, index);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteType(Utf8JsonWriter writer, BsdfColumnType type)
    {
        writer.WriteStartObject();
        WriteTypeMembers(writer, type);
        writer.WriteEndObject();
    }

    /// <summary>The <c>t</c> and <c>p</c> of a type document (a dictionary's <c>p</c> always, even for the default types).</summary>
    private static void WriteTypeMembers(Utf8JsonWriter writer, BsdfColumnType type)
    {
        writer.WriteString("t", type.Name);
        switch (type.Kind)
        {
            case BsdfColumnKind.Timestamp when type.TimeZone is { } zone:
                writer.WriteString("p", zone);
                break;
            case BsdfColumnKind.Opaque:
                writer.WriteNumber("p", type.Width!.Value);
                break;
            case BsdfColumnKind.List:
                writer.WritePropertyName("p");
                WriteType(writer, type.ElementType!);
                break;
            case BsdfColumnKind.Struct:
                writer.WriteStartArray("p");
                foreach (var field in type.Fields)
                {
                    writer.WriteStartObject();
                    writer.WriteString("n", field.Name);
                    WriteTypeMembers(writer, field.Type);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case BsdfColumnKind.Ordered or BsdfColumnKind.Factor:
                writer.WriteStartObject("p");
                writer.WritePropertyName("i");
                WriteType(writer, type.IndexType!);
                writer.WritePropertyName("d");
                WriteType(writer, type.CategoryType!);
                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, BsdfColumn column, int row)
    {
        if (!column.IsValid(row))
        {
            writer.WriteNullValue();
            return;
        }

        switch (column)
        {
            case BsdfPrimitiveColumn<bool> flags: writer.WriteBooleanValue(flags.Values[row]); break;
            case BsdfPrimitiveColumn<sbyte> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<short> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<int> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<long> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<byte> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<ushort> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<uint> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<ulong> numbers: writer.WriteNumberValue(numbers.Values[row]); break;
            case BsdfPrimitiveColumn<Half> numbers: WriteFloat(writer, (double)numbers.Values[row]); break;
            case BsdfPrimitiveColumn<float> numbers: WriteFloat(writer, numbers.Values[row]); break;
            case BsdfPrimitiveColumn<double> numbers: WriteFloat(writer, numbers.Values[row]); break;
            case BsdfDateColumn dates: writer.WriteNumberValue(dates.Values[row]); break;
            case BsdfDateMillisecondsColumn dates: writer.WriteNumberValue(dates.Values[row]); break;
            case BsdfTimestampColumn timestamps: writer.WriteNumberValue(timestamps.Values[row]); break;
            case BsdfTimeColumn times: writer.WriteNumberValue(times.Values[row]); break;
            case BsdfOpaqueColumn opaque: writer.WriteBase64StringValue(opaque.GetSpan(row)); break;
            case BsdfBinaryColumn bytes: writer.WriteBase64StringValue(bytes.GetSpan(row)); break;
            case BsdfStringColumn strings: writer.WriteStringValue(strings[row]); break;
            case BsdfListColumn list:
                var (start, count) = list.GetRange(row);
                writer.WriteStartArray();
                for (var i = start; i < start + count; i++)
                {
                    WriteValue(writer, list.Values, i);
                }

                writer.WriteEndArray();
                break;
            case BsdfStructColumn record:
                writer.WriteStartObject();
                for (var i = 0; i < record.Fields.Count; i++)
                {
                    writer.WritePropertyName(record.FieldNames[i]);
                    WriteValue(writer, record.Fields[i], row);
                }

                writer.WriteEndObject();
                break;
            case BsdfDictionaryColumn dictionary when dictionary.GetIndex(row) is { } index:
                WriteValue(writer, dictionary.Categories, checked((int)index));
                break;
            case BsdfDictionaryColumn or BsdfNullColumn:
                writer.WriteNullValue();
                break;
            default:
                throw new InvalidOperationException($"no description for a {column.GetType().Name} column");
        }
    }

    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || (value == 0 && double.IsNegative(value)))
        {
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value == 0 ? "-0" : value > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
