namespace BsdfGen.Cli.CommandLine;

/// <summary>A command line split into the command name and its input.</summary>
internal sealed record ParsedCommandLine(string Command, CommandInput Input)
{
    /// <summary>
    /// Splits <c>COMMAND args...</c>: arguments starting with <c>--</c> are options (<c>--name=value</c>,
    /// or <c>--name</c> without a value; a repeated option keeps its last value), the rest are positional.
    /// </summary>
    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new ArgumentException("The command line holds no command", nameof(args));
        }

        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var arg in args.Skip(1))
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var separator = arg.IndexOf('=', StringComparison.Ordinal);
                var name = separator < 0 ? arg[2..] : arg[2..separator];
                options[name] = separator < 0 ? null : arg[(separator + 1)..];
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new ParsedCommandLine(args[0], new CommandInput(positional, options));
    }
}
