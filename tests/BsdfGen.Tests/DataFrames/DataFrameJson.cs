using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Xunit;

namespace BsdfGen.Tests.DataFrames;

/// <summary>Reads the JSON descriptions of the data frame vectors and compares decoded columns with them.</summary>
public static class DataFrameJson
{
    public const string Folder = "dataframe";

    public static JsonElement Load(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Tests.Support.SharedVectors.PathOf(Folder, fileName)));
        return document.RootElement.Clone();
    }

    /// <summary>A column document as dynamic values: base64 strings under <c>d</c>, <c>m</c> and <c>o</c> become blobs.</summary>
    public static object? ToDynamic(JsonElement element, string? key = null) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(new BsdfMap(), (map, property) =>
        {
            map.Add(property.Name, ToDynamic(property.Value, property.Name));
            return map;
        }),
        JsonValueKind.Array => element.EnumerateArray().Select(item => ToDynamic(item)).ToList(),
        JsonValueKind.String when key is "d" or "m" or "o" => Convert.FromBase64String(element.GetString()!),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetInt64(),
        _ => throw new InvalidOperationException($"unexpected JSON {element.ValueKind}"),
    };

    /// <summary>A type document of the vectors' JSON (<c>{t, p?}</c>) as a column type.</summary>
    public static BsdfColumnType Type(JsonElement type)
    {
        var name = type.GetProperty("t").GetString()!;
        var hasParameter = type.TryGetProperty("p", out var parameter);
        if (name.StartsWith("timestamp[", StringComparison.Ordinal))
        {
            return BsdfColumnType.Timestamp(Unit(name), hasParameter ? parameter.GetString() : null);
        }

        if (name.StartsWith("time[", StringComparison.Ordinal))
        {
            return BsdfColumnType.Time(Unit(name));
        }

        return name switch
        {
            "opaque" => BsdfColumnType.Opaque(parameter.GetInt32()),
            "list" => BsdfColumnType.List(Type(parameter)),
            "struct" => BsdfColumnType.Struct(parameter.EnumerateArray().Select(field => new BsdfStructField(field.GetProperty("n").GetString()!, Type(field)))),
            "ordered" or "factor" => BsdfColumnType.Dictionary(
                hasParameter ? Type(parameter.GetProperty("i")) : BsdfColumnType.Int32,
                hasParameter ? Type(parameter.GetProperty("d")) : BsdfColumnType.Utf8,
                ordered: name == "ordered"),
            _ => Enum.GetValues<BsdfColumnKind>().Select(kind => kind).Where(kind => kind is not (BsdfColumnKind.Timestamp or BsdfColumnKind.Time
                    or BsdfColumnKind.Opaque or BsdfColumnKind.List or BsdfColumnKind.Struct or BsdfColumnKind.Ordered or BsdfColumnKind.Factor))
                .Select(BsdfColumnType.Of).Single(candidate => candidate.Name == name),
        };
    }

    /// <summary>Checks every row's validity against <paramref name="valid"/>.</summary>
    public static void AssertValidity(BsdfColumn column, JsonElement valid, string label)
    {
        var expected = valid.EnumerateArray().Select(flag => flag.GetBoolean()).ToArray();
        Assert.True(expected.SequenceEqual(column.Validity.ToBooleans()), $"{label}: validity differs");
    }

    /// <summary>
    /// Checks each row against the expected value: a JSON null needs a missing row; any other value must equal what
    /// the row stores (even in a missing row, whose slot keeps the value the specification's examples put there).
    /// Dates, timestamps and times compare as their integers.
    /// </summary>
    public static void AssertValues(BsdfColumn column, JsonElement values, string label)
    {
        var items = values.EnumerateArray().ToArray();
        Assert.Equal(items.Length, column.Length);
        for (var row = 0; row < items.Length; row++)
        {
            if (items[row].ValueKind == JsonValueKind.Null)
            {
                Assert.False(column.IsValid(row), $"{label}[{row}]: expected a missing value");
                continue;
            }

            AssertStored(column, row, items[row], $"{label}[{row}]");
        }
    }

    public static void AssertStored(BsdfColumn column, int row, JsonElement expected, string label)
    {
        switch (column)
        {
            case BsdfPrimitiveColumn<bool> flags:
                Assert.True(expected.GetBoolean() == flags.Values[row], label);
                break;
            case BsdfPrimitiveColumn<Half> halves:
                Assert.True((Half)expected.GetDouble() == halves.Values[row], $"{label}: {halves.Values[row]}");
                break;
            case BsdfPrimitiveColumn<float> singles:
                Assert.True((float)expected.GetDouble() == singles.Values[row], $"{label}: {singles.Values[row]}");
                break;
            case BsdfPrimitiveColumn<double> doubles:
                Assert.True(expected.GetDouble() == doubles.Values[row], $"{label}: {doubles.Values[row]}");
                break;
            case BsdfPrimitiveColumn<ulong> unsigned:
                Assert.True(expected.GetUInt64() == unsigned.Values[row], label);
                break;
            case BsdfDateColumn or BsdfDateMillisecondsColumn or BsdfTimestampColumn or BsdfTimeColumn
                or BsdfPrimitiveColumn<sbyte> or BsdfPrimitiveColumn<short> or BsdfPrimitiveColumn<int> or BsdfPrimitiveColumn<long>
                or BsdfPrimitiveColumn<byte> or BsdfPrimitiveColumn<ushort> or BsdfPrimitiveColumn<uint>:
                Assert.True(expected.GetInt64() == StoredInteger(column, row), $"{label}: {StoredInteger(column, row)}");
                break;
            case BsdfOpaqueColumn or BsdfBinaryColumn:
                var base64 = expected.ValueKind == JsonValueKind.Object ? expected.GetProperty("base64").GetString() : expected.GetString();
                var bytes = column is BsdfOpaqueColumn opaque ? opaque.GetSpan(row) : ((BsdfBinaryColumn)column).GetSpan(row);
                Assert.True(Convert.FromBase64String(base64!).AsSpan().SequenceEqual(bytes), label);
                break;
            case BsdfStringColumn strings:
                Assert.Equal(expected.GetString(), System.Text.Encoding.UTF8.GetString(strings.GetUtf8(row)));
                break;
            case BsdfListColumn list:
                var (start, count) = list.GetRange(row);
                var elements = expected.EnumerateArray().ToArray();
                Assert.True(elements.Length == count, $"{label}: {count} elements");
                for (var i = 0; i < count; i++)
                {
                    AssertStored(list.Values, start + i, elements[i], $"{label}[{i}]");
                }

                break;
            case BsdfStructColumn record:
                foreach (var property in expected.EnumerateObject())
                {
                    AssertStored(record.GetField(property.Name), row, property.Value, $"{label}.{property.Name}");
                }

                break;
            case BsdfDictionaryColumn dictionary:
                var index = (int)StoredInteger(dictionary.Indices, row);
                AssertStored(dictionary.Categories, index, expected, $"{label} (category {index})");
                break;
            default:
                throw new InvalidOperationException($"{label}: no comparison for {column.GetType().Name}");
        }
    }

    /// <summary>The SHA-256 the 100k vector gives for a column, computed the way its <c>sha256_of</c> describes.</summary>
    public static string Sha256(BsdfColumn column) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(column switch
    {
        BsdfTimestampColumn timestamps => MemoryMarshal.AsBytes(timestamps.Values).ToArray(),
        BsdfPrimitiveColumn<double> doubles => MemoryMarshal.AsBytes(doubles.Values).ToArray(),
        BsdfStringColumn strings => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, strings.Length).Select(row => strings[row]))),
        _ => throw new InvalidOperationException($"no checksum rule for {column.Type}"),
    }));

    /// <summary>The stored number of an integer, date, timestamp or time column at <paramref name="row"/>, missing or not.</summary>
    private static long StoredInteger(BsdfColumn column, int row) =>
        Convert.ToInt64(((BsdfGen.DataFrames.IRawValues)column).RawValues.GetValue(row), CultureInfo.InvariantCulture);

    private static BsdfTimeUnit Unit(string name) => name[(name.IndexOf('[') + 1)..^1] switch
    {
        "s" => BsdfTimeUnit.Seconds,
        "ms" => BsdfTimeUnit.Milliseconds,
        "us" => BsdfTimeUnit.Microseconds,
        _ => BsdfTimeUnit.Nanoseconds,
    };
}
