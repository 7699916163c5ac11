using System.Collections.Immutable;

namespace BsdfGen;

/// <summary>
/// The type of a data frame column as the <c>dataframe</c> extension names it: a kind plus, where the kind
/// has one, its parameter (time unit and zone, opaque width, list element type, struct fields, dictionary
/// index and category types). Compared by value.
/// </summary>
public sealed class BsdfColumnType : IEquatable<BsdfColumnType>
{
    private static readonly string[] UnitSuffixes = ["s", "ms", "us", "ns"];

    private BsdfColumnType(BsdfColumnKind kind, string name)
    {
        Kind = kind;
        Name = name;
        Fields = [];
    }

    /// <summary>The <c>null</c> type.</summary>
    public static BsdfColumnType Null { get; } = new(BsdfColumnKind.Null, "null");

    /// <summary>The <c>bool</c> type.</summary>
    public static BsdfColumnType Bool { get; } = new(BsdfColumnKind.Bool, "bool");

    /// <summary>The <c>int8</c> type.</summary>
    public static BsdfColumnType Int8 { get; } = new(BsdfColumnKind.Int8, "int8");

    /// <summary>The <c>int16</c> type.</summary>
    public static BsdfColumnType Int16 { get; } = new(BsdfColumnKind.Int16, "int16");

    /// <summary>The <c>int32</c> type.</summary>
    public static BsdfColumnType Int32 { get; } = new(BsdfColumnKind.Int32, "int32");

    /// <summary>The <c>int64</c> type.</summary>
    public static BsdfColumnType Int64 { get; } = new(BsdfColumnKind.Int64, "int64");

    /// <summary>The <c>uint8</c> type.</summary>
    public static BsdfColumnType UInt8 { get; } = new(BsdfColumnKind.UInt8, "uint8");

    /// <summary>The <c>uint16</c> type.</summary>
    public static BsdfColumnType UInt16 { get; } = new(BsdfColumnKind.UInt16, "uint16");

    /// <summary>The <c>uint32</c> type.</summary>
    public static BsdfColumnType UInt32 { get; } = new(BsdfColumnKind.UInt32, "uint32");

    /// <summary>The <c>uint64</c> type.</summary>
    public static BsdfColumnType UInt64 { get; } = new(BsdfColumnKind.UInt64, "uint64");

    /// <summary>The <c>float16</c> type.</summary>
    public static BsdfColumnType Float16 { get; } = new(BsdfColumnKind.Float16, "float16");

    /// <summary>The <c>float32</c> type.</summary>
    public static BsdfColumnType Float32 { get; } = new(BsdfColumnKind.Float32, "float32");

    /// <summary>The <c>float64</c> type.</summary>
    public static BsdfColumnType Float64 { get; } = new(BsdfColumnKind.Float64, "float64");

    /// <summary>The <c>date[d]</c> type: days since 1970-01-01.</summary>
    public static BsdfColumnType Date { get; } = new(BsdfColumnKind.Date, "date[d]");

    /// <summary>The <c>date[ms]</c> type: milliseconds since 1970-01-01T00:00.</summary>
    public static BsdfColumnType DateMilliseconds { get; } = new(BsdfColumnKind.DateMilliseconds, "date[ms]");

    /// <summary>The <c>bytes</c> type.</summary>
    public static BsdfColumnType Bytes { get; } = new(BsdfColumnKind.Bytes, "bytes");

    /// <summary>The <c>utf8</c> type.</summary>
    public static BsdfColumnType Utf8 { get; } = new(BsdfColumnKind.Utf8, "utf8");

    /// <summary>The kind of column.</summary>
    public BsdfColumnKind Kind { get; }

    /// <summary>The type name written in the <c>t</c> key, e.g. <c>int64</c>, <c>timestamp[ms]</c>, <c>list</c>.</summary>
    public string Name { get; }

    /// <summary>The unit of a <c>timestamp</c> or <c>time</c> type; null for other kinds.</summary>
    public BsdfTimeUnit? Unit { get; private init; }

    /// <summary>The time zone name of a <c>timestamp</c> type, when it has one.</summary>
    public string? TimeZone { get; private init; }

    /// <summary>The byte width of an <c>opaque</c> type; null for other kinds.</summary>
    public int? Width { get; private init; }

    /// <summary>The element type of a <c>list</c> type; null for other kinds.</summary>
    public BsdfColumnType? ElementType { get; private init; }

    /// <summary>The fields of a <c>struct</c> type, in order; empty for other kinds.</summary>
    public IReadOnlyList<BsdfStructField> Fields { get; private init; }

    /// <summary>The index (integer) type of an <c>ordered</c> or <c>factor</c> type; null for other kinds.</summary>
    public BsdfColumnType? IndexType { get; private init; }

    /// <summary>The category (dictionary) type of an <c>ordered</c> or <c>factor</c> type; null for other kinds.</summary>
    public BsdfColumnType? CategoryType { get; private init; }

    /// <summary>A <c>timestamp</c> type.</summary>
    /// <param name="unit">The unit of the integers.</param>
    /// <param name="timeZone">A time zone name (e.g. <c>UTC</c>, <c>Asia/Singapore</c>), or null for none.</param>
    public static BsdfColumnType Timestamp(BsdfTimeUnit unit, string? timeZone = null) =>
        new(BsdfColumnKind.Timestamp, $"timestamp[{UnitSuffix(unit)}]") { Unit = unit, TimeZone = timeZone };

    /// <summary>A <c>time</c> (time of day) type.</summary>
    /// <param name="unit">The unit of the integers.</param>
    public static BsdfColumnType Time(BsdfTimeUnit unit) => new(BsdfColumnKind.Time, $"time[{UnitSuffix(unit)}]") { Unit = unit };

    /// <summary>An <c>opaque</c> type.</summary>
    /// <param name="width">The byte width of every value (at least 1).</param>
    public static BsdfColumnType Opaque(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return new(BsdfColumnKind.Opaque, "opaque") { Width = width };
    }

    /// <summary>A <c>list</c> type.</summary>
    /// <param name="elementType">The type of the list elements.</param>
    public static BsdfColumnType List(BsdfColumnType elementType)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        return new(BsdfColumnKind.List, "list") { ElementType = elementType };
    }

    /// <summary>A <c>struct</c> type.</summary>
    /// <param name="fields">The fields, in order.</param>
    public static BsdfColumnType Struct(IEnumerable<BsdfStructField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new(BsdfColumnKind.Struct, "struct") { Fields = fields.ToImmutableArray() };
    }

    /// <summary>An <c>ordered</c> or <c>factor</c> (dictionary-encoded) type.</summary>
    /// <param name="indexType">The integer type of the indices.</param>
    /// <param name="categoryType">The type of the categories.</param>
    /// <param name="ordered">True for <c>ordered</c>, false for <c>factor</c>.</param>
    public static BsdfColumnType Dictionary(BsdfColumnType indexType, BsdfColumnType categoryType, bool ordered)
    {
        ArgumentNullException.ThrowIfNull(indexType);
        ArgumentNullException.ThrowIfNull(categoryType);
        return ordered
            ? new(BsdfColumnKind.Ordered, "ordered") { IndexType = indexType, CategoryType = categoryType }
            : new(BsdfColumnKind.Factor, "factor") { IndexType = indexType, CategoryType = categoryType };
    }

    /// <summary>The type for a kind without a parameter.</summary>
    /// <param name="kind">A kind other than timestamp, time, opaque, list, struct, ordered and factor.</param>
    /// <exception cref="ArgumentException">The kind needs a parameter.</exception>
    public static BsdfColumnType Of(BsdfColumnKind kind) => kind switch
    {
        BsdfColumnKind.Null => Null,
        BsdfColumnKind.Bool => Bool,
        BsdfColumnKind.Int8 => Int8,
        BsdfColumnKind.Int16 => Int16,
        BsdfColumnKind.Int32 => Int32,
        BsdfColumnKind.Int64 => Int64,
        BsdfColumnKind.UInt8 => UInt8,
        BsdfColumnKind.UInt16 => UInt16,
        BsdfColumnKind.UInt32 => UInt32,
        BsdfColumnKind.UInt64 => UInt64,
        BsdfColumnKind.Float16 => Float16,
        BsdfColumnKind.Float32 => Float32,
        BsdfColumnKind.Float64 => Float64,
        BsdfColumnKind.Date => Date,
        BsdfColumnKind.DateMilliseconds => DateMilliseconds,
        BsdfColumnKind.Bytes => Bytes,
        BsdfColumnKind.Utf8 => Utf8,
        _ => throw new ArgumentException($"The {kind} column type needs a parameter; use its factory method", nameof(kind)),
    };

    /// <summary>The suffix of a unit in type names: <c>s</c>, <c>ms</c>, <c>us</c> or <c>ns</c>.</summary>
    /// <param name="unit">The unit.</param>
    public static string UnitSuffix(BsdfTimeUnit unit) =>
        unit is >= BsdfTimeUnit.Seconds and <= BsdfTimeUnit.Nanoseconds
            ? UnitSuffixes[(int)unit]
            : throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a time unit");

    /// <inheritdoc />
    public bool Equals(BsdfColumnType? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind
                && Name == other.Name
                && Unit == other.Unit
                && TimeZone == other.TimeZone
                && Width == other.Width
                && Equals(ElementType, other.ElementType)
                && Equals(IndexType, other.IndexType)
                && Equals(CategoryType, other.CategoryType)
                && Fields.SequenceEqual(other.Fields)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BsdfColumnType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Unit, TimeZone, Width, ElementType, IndexType, CategoryType, Fields.Count);

    /// <summary>A readable form: <c>int64</c>, <c>timestamp[ms, UTC]</c>, <c>opaque[3]</c>, <c>list&lt;int64&gt;</c>, <c>struct&lt;x: int64&gt;</c>, <c>factor&lt;int32, utf8&gt;</c>.</summary>
    public override string ToString() => Kind switch
    {
        BsdfColumnKind.Timestamp when TimeZone is not null => $"timestamp[{UnitSuffix(Unit!.Value)}, {TimeZone}]",
        BsdfColumnKind.Opaque => $"opaque[{Width}]",
        BsdfColumnKind.List => $"list<{ElementType}>",
        BsdfColumnKind.Struct => $"struct<{string.Join(", ", Fields)}>",
        BsdfColumnKind.Ordered or BsdfColumnKind.Factor => $"{Name}<{IndexType}, {CategoryType}>",
        _ => Name,
    };
}
