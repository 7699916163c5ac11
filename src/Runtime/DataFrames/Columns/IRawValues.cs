namespace BsdfGen.DataFrames;

/// <summary>A fixed-width column whose stored values are written as they are, little-endian.</summary>
internal interface IRawValues
{
    /// <summary>The stored values of every row.</summary>
    Array RawValues { get; }

    /// <summary>The size of one stored value in bytes.</summary>
    int RawValueSize { get; }
}
