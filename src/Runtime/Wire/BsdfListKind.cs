namespace BsdfGen.Wire;

/// <summary>How a list's length is encoded.</summary>
public enum BsdfListKind : byte
{
    /// <summary>An ordinary list with a known count.</summary>
    Regular,
    /// <summary>A stream closed with a count; anything after its items is ignored.</summary>
    ClosedStream,
    /// <summary>A stream still open: items run until the end of the data.</summary>
    OpenStream,
}
