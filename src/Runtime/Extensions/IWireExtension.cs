using BsdfGen.Wire;

namespace BsdfGen.Extensions;

/// <summary>
/// An extension that reads and writes its values on the wire itself rather than through a basic value, so that a
/// large value (a data frame) is neither built as a mapping of copied blobs nor read as one.
/// </summary>
internal interface IWireExtension
{
    /// <summary>Writes <paramref name="value"/>, tagged with the extension name, nested <paramref name="depth"/> levels deep.</summary>
    void Write(ref BsdfWriter writer, object value, BsdfOptions options, int depth);

    /// <summary>Reads the body of a value tagged with the extension name, whose type id was read at <paramref name="start"/>.</summary>
    object? ReadBody(ref BsdfReader reader, BsdfValueKind kind, long start, BsdfOptions options, int depth);
}
