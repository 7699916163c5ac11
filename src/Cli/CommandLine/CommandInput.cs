using System.Globalization;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.CommandLine;

/// <summary>The arguments after the command name: positional ones, and options given as <c>--name=value</c> or <c>--name</c>.</summary>
internal sealed class CommandInput(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> options)
{
    public IReadOnlyList<string> Arguments { get; } = arguments;

    /// <summary>The options by name; the value is null for a bare <c>--name</c>.</summary>
    public IReadOnlyDictionary<string, string?> Options { get; } = options;

    public bool HasOption(string name) => Options.ContainsKey(name);

    public bool GetFlag(string name)
    {
        if (!Options.TryGetValue(name, out var value))
        {
            return false;
        }

        return value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "true" or "yes" or "on" or "1" => true,
            "false" or "no" or "off" or "0" => false,
            _ => throw new CliException($"Invalid value for --{name}: {PythonRepr.String(value)} (expected true or false)"),
        };
    }

    public long GetInteger(string name, long defaultValue)
    {
        if (!Options.TryGetValue(name, out var value))
        {
            return defaultValue;
        }

        if (value is null)
        {
            throw new CliException($"Option --{name} needs a value, as in --{name}=N");
        }

        var text = value.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (System.Numerics.BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
        {
            return big.Sign > 0 ? long.MaxValue : long.MinValue;
        }

        throw new CliException($"Invalid value for --{name}: {PythonRepr.String(value)} (expected an integer)");
    }
}
