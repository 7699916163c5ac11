namespace BsdfGen;

/// <summary>The kinds of data frame column, one per type name of the <c>dataframe</c> extension.</summary>
public enum BsdfColumnKind
{
    /// <summary><c>null</c>: every value missing.</summary>
    Null,
    /// <summary><c>bool</c>.</summary>
    Bool,
    /// <summary><c>int8</c>.</summary>
    Int8,
    /// <summary><c>int16</c>.</summary>
    Int16,
    /// <summary><c>int32</c>.</summary>
    Int32,
    /// <summary><c>int64</c>.</summary>
    Int64,
    /// <summary><c>uint8</c>.</summary>
    UInt8,
    /// <summary><c>uint16</c>.</summary>
    UInt16,
    /// <summary><c>uint32</c>.</summary>
    UInt32,
    /// <summary><c>uint64</c>.</summary>
    UInt64,
    /// <summary><c>float16</c>.</summary>
    Float16,
    /// <summary><c>float32</c>.</summary>
    Float32,
    /// <summary><c>float64</c>.</summary>
    Float64,
    /// <summary><c>date[d]</c>: days since 1970-01-01.</summary>
    Date,
    /// <summary><c>date[ms]</c>: milliseconds since 1970-01-01T00:00.</summary>
    DateMilliseconds,
    /// <summary><c>timestamp[unit]</c>: time since the epoch, with an optional time zone.</summary>
    Timestamp,
    /// <summary><c>time[unit]</c>: time since midnight.</summary>
    Time,
    /// <summary><c>opaque</c>: byte strings of one fixed width.</summary>
    Opaque,
    /// <summary><c>bytes</c>: byte strings of any length.</summary>
    Bytes,
    /// <summary><c>utf8</c>: text.</summary>
    Utf8,
    /// <summary><c>list</c>: a list of values of one type per row.</summary>
    List,
    /// <summary><c>struct</c>: named fields per row.</summary>
    Struct,
    /// <summary><c>ordered</c>: dictionary-encoded values whose category order is meaningful.</summary>
    Ordered,
    /// <summary><c>factor</c>: dictionary-encoded values (categories without meaningful order).</summary>
    Factor,
}
