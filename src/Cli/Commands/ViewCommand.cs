using BsdfGen.Cli.CommandLine;
using BsdfGen.Cli.Files;
using BsdfGen.Cli.Formatting;
using BsdfGen.Cli.Viewing;
using BsdfGen.Wire;

namespace BsdfGen.Cli.Commands;

internal sealed class ViewCommand : Command
{
    public override string Name => "view";

    public override string Summary => "View the content of a given BSDF file.";

    public override string Help => """
        View the content of a given BSDF file.

        Prints a summary of the content of the given file. This is intended
        for visual inspection; long strings are truncated, and a summary
        is given for binary blobs. Values made by an extension are followed
        by the extension name in parentheses. A data frame is shown as a table:
        each column's name and type, then the first 10 rows.

        Usage: bsdf view filename [options]

        Options:
          --depth=n - The maximum depth to show (the root is depth 0).
          --info    - Also print meta information about the file.
        """;

    protected override IReadOnlyList<string> ArgumentNames => ["filename"];

    protected override IReadOnlyCollection<string> OptionNames => ["depth", "info"];

    /// <summary>Checks the magic and the major version, and warns about a newer minor version.</summary>
    public static void CheckHeader(ReadOnlySpan<byte> data, CliContext context)
    {
        if (data.Length < 4 || !data[..4].SequenceEqual("BSDF"u8))
        {
            throw new CliException($"This does not look like a BSDF file: {PythonRepr.Bytes(data[..Math.Min(4, data.Length)])}");
        }

        if (data.Length < 6)
        {
            throw new CliException("The file ends inside the 6-byte BSDF header");
        }

        var version = new BsdfVersion(data[4], data[5]);
        if (version.Major != BsdfVersion.Current.Major)
        {
            throw new CliException($"Reading file with different major version ({version}) from the implementation ({BsdfVersion.Current}).");
        }

        if (version.Minor > BsdfVersion.Current.Minor)
        {
            context.Warn($"Reading file with higher minor version ({version}) than the implementation ({BsdfVersion.Current}).");
        }
    }

    protected override void Execute(CommandInput input, CliContext context)
    {
        var maxDepth = input.GetInteger("depth", long.MaxValue);
        var showInfo = input.GetFlag("info");
        var path = CliPaths.ExpandUser(input.Arguments[0]);
        if (!File.Exists(path))
        {
            throw new CliException($"Cannot view invalid file: {PythonRepr.String(input.Arguments[0])}");
        }

        if (showInfo)
        {
            FileInfoReport.Write(path, context.Output);
            context.Output.WriteLine();
        }

        var data = File.ReadAllBytes(path);
        CheckHeader(data, context);
        var writer = new ViewWriter(context.Output);
        try
        {
            new TreePrinter(writer, maxDepth, context.Warn).PrintDocument(data);
        }
        finally
        {
            writer.Flush();
        }
    }
}
