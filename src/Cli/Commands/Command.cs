using BsdfGen.Cli.CommandLine;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.Commands;

/// <summary>One <c>bsdf</c> command: its name, help texts, accepted input, and what it does.</summary>
internal abstract class Command
{
    public abstract string Name { get; }

    /// <summary>The one-line description shown by <c>bsdf help</c>.</summary>
    public abstract string Summary { get; }

    /// <summary>The text shown by <c>bsdf help NAME</c> (starts with <see cref="Summary"/>).</summary>
    public abstract string Help { get; }

    /// <summary>The names of the positional arguments; those in brackets are optional.</summary>
    protected abstract IReadOnlyList<string> ArgumentNames { get; }

    protected virtual IReadOnlyCollection<string> OptionNames => [];

    public void Run(CommandInput input, CliContext context)
    {
        var required = ArgumentNames.Count(name => !name.StartsWith('['));
        if (input.Arguments.Count < required || input.Arguments.Count > ArgumentNames.Count)
        {
            var expected = required == ArgumentNames.Count ? $"{required}" : $"{required} to {ArgumentNames.Count}";
            throw new CliException(
                $"Command '{Name}' takes {expected} argument{(ArgumentNames.Count == 1 ? "" : "s")}, not {input.Arguments.Count} " +
                $"(usage: bsdf {Name}{string.Concat(ArgumentNames.Select(name => " " + name))})");
        }

        foreach (var option in input.Options.Keys)
        {
            if (!OptionNames.Contains(option))
            {
                throw new CliException($"Command '{Name}' has no option {PythonRepr.String("--" + option)}");
            }
        }

        Execute(input, context);
    }

    protected abstract void Execute(CommandInput input, CliContext context);
}
