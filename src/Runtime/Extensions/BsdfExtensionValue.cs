namespace BsdfGen;

/// <summary>
/// A value tagged with an extension the decoder did not know: the name and the plain value. Encoding
/// it writes the same tag again, so unknown extensions pass through unchanged.
/// </summary>
/// <param name="Name">The extension name found in the data.</param>
/// <param name="Value">The decoded plain value.</param>
public sealed record BsdfExtensionValue(string Name, object? Value);
