namespace BsdfGen.Wire;

/// <summary>The base kind of a BSDF value as it appears on the wire.</summary>
public enum BsdfValueKind : byte
{
    /// <summary><c>v</c>: null.</summary>
    Null,
    /// <summary><c>y</c>: true.</summary>
    True,
    /// <summary><c>n</c>: false.</summary>
    False,
    /// <summary><c>h</c>: a 16-bit integer.</summary>
    Int16,
    /// <summary><c>i</c>: a 64-bit integer.</summary>
    Int64,
    /// <summary><c>f</c>: a 32-bit float.</summary>
    Float32,
    /// <summary><c>d</c>: a 64-bit float.</summary>
    Float64,
    /// <summary><c>s</c>: a UTF-8 string.</summary>
    String,
    /// <summary><c>l</c>: a list (possibly a stream).</summary>
    List,
    /// <summary><c>m</c>: a mapping.</summary>
    Map,
    /// <summary><c>b</c>: a blob.</summary>
    Blob,
}
