namespace BsdfGen.Cli.Formatting;

/// <summary>A date or time written as ISO 8601 text: a string in JSON, shown without quotes by <c>view</c>.</summary>
/// <param name="Text">The ISO 8601 text.</param>
internal sealed record IsoText(string Text);
