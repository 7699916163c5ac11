namespace BsdfGen;

/// <summary>What a warning is about.</summary>
public enum BsdfWarningKind
{
    /// <summary>The file's minor version is newer than this implementation's.</summary>
    NewerMinorVersion,
    /// <summary>A value was tagged with an extension this serializer does not know.</summary>
    UnknownExtension,
    /// <summary>An open stream ended with an item cut off by the end of the data (a writer that died).</summary>
    StreamItemCutOff,
}

/// <summary>A problem that does not stop reading, as the reference implementation logs them.</summary>
/// <param name="Kind">What the warning is about.</param>
/// <param name="Message">A sentence describing it.</param>
/// <param name="Offset">The absolute byte offset it refers to.</param>
public sealed record BsdfWarning(BsdfWarningKind Kind, string Message, long Offset)
{
    /// <inheritdoc />
    public override string ToString() => $"{Message} (at byte {Offset})";
}
