using BsdfGen.Cli.CommandLine;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.Commands;

internal sealed class HelpCommand : Command
{
    public override string Name => "help";

    public override string Summary => "Show the help text.";

    public override string Help => """
        Show the help text.

        Usage: bsdf help [command]

        Positional arguments:
          command - (optional) The command to give information for.
        """;

    protected override IReadOnlyList<string> ArgumentNames => ["[command]"];

    public static string GeneralHelp()
    {
        var width = CommandCatalog.All.Max(command => command.Name.Length);
        var lines = new List<string>
        {
            "Command line interface for the Binary Structured Data Format.",
            "See http://bsdf.io for more information on BSDF.",
            "",
            "usage: bsdf command [options]",
            "",
            "Available commands:",
        };
        lines.AddRange(CommandCatalog.All.Select(command => $"  {command.Name.PadRight(width)} - {command.Summary}"));
        lines.Add("");
        lines.Add("Run 'bsdf help command' or 'bsdf command --help' to learn more.");
        return string.Join(Environment.NewLine, lines);
    }

    public static string HelpFor(string commandName) =>
        CommandCatalog.Find(commandName)?.Help.ReplaceLineEndings()
        ?? throw new CliException($"Cannot give help for invalid command: {PythonRepr.String(commandName)}");

    protected override void Execute(CommandInput input, CliContext context) =>
        context.Output.WriteLine(input.Arguments.Count == 0 ? GeneralHelp() : HelpFor(input.Arguments[0]));
}
