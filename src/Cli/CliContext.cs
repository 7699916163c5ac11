namespace BsdfGen.Cli;

/// <summary>Where a command writes: results to <see cref="Output"/>, warnings (one line each) to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public const string WarningPrefix = "BSDF warning: ";

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public void Warn(string message) => Error.WriteLine(WarningPrefix + OneLine(message));

    /// <summary>
    /// The reading options (<paramref name="reading"/>, or <see cref="CliLimits.Reading"/>) with the runtime's warnings routed
    /// to <see cref="Error"/>, except those <paramref name="ignore"/> selects.
    /// </summary>
    public BsdfOptions OptionsWithWarnings(Func<BsdfWarning, bool>? ignore = null, BsdfOptions? reading = null) => (reading ?? CliLimits.Reading) with
    {
        Warning = warning =>
        {
            if (ignore is null || !ignore(warning))
            {
                Warn(warning.ToString());
            }
        },
    };

    public static string OneLine(string text) =>
        text.Contains('\n') || text.Contains('\r')
            ? string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : text;
}
