using BsdfGen.Cli.CommandLine;
using BsdfGen.Cli.Files;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.Commands;

internal sealed class InfoCommand : Command
{
    public override string Name => "info";

    public override string Summary => "Print meta information about the given BSDF file.";

    public override string Help => """
        Print meta information about the given BSDF file.

        Usage: bsdf info filename

        Prints the file's name, size, modification time, whether it starts with
        the BSDF magic bytes, and the format version in its header.
        """;

    protected override IReadOnlyList<string> ArgumentNames => ["filename"];

    protected override void Execute(CommandInput input, CliContext context)
    {
        var path = CliPaths.ExpandUser(input.Arguments[0]);
        if (!File.Exists(path))
        {
            throw new CliException($"Cannot get info for invalid file: {PythonRepr.String(input.Arguments[0])}");
        }

        FileInfoReport.Write(path, context.Output);
    }
}
