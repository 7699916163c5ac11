using BsdfGen.Cli.CommandLine;
using BsdfGen.Cli.Commands;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli;

/// <summary>Runs one <c>bsdf</c> command line: dispatches to the command and turns any failure into one error line.</summary>
internal static class CliApplication
{
    public const string ErrorPrefix = "bsdf: error: ";

    /// <summary>Runs the command line and returns the exit code (0 on success, 1 on error).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            Dispatch(args, new CliContext(output, error));
            output.Flush();
            return 0;
        }
        catch (Exception exception)
        {
            TryFlush(output);
            error.WriteLine(ErrorPrefix + Describe(exception));
            error.Flush();
            return 1;
        }
    }

    public static string Describe(Exception exception)
    {
        var message = exception.Message;
        if (string.IsNullOrWhiteSpace(message))
        {
            message = exception.GetType().Name;
        }

        return CliContext.OneLine(message);
    }

    private static void Dispatch(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0)
        {
            throw new CliException("No command given. Use 'bsdf help' to get started.");
        }

        if (args[0] is "-h" or "--help")
        {
            context.Output.WriteLine(HelpCommand.GeneralHelp());
            return;
        }

        if (args[0] is "-v" or "--version")
        {
            context.Output.WriteLine(VersionCommand.VersionText());
            return;
        }

        var command = CommandCatalog.Find(args[0]) ?? throw new CliException($"Invalid command: {PythonRepr.String(args[0])}");
        var commandLine = ParsedCommandLine.Parse(args);
        if (commandLine.Input.HasOption("help"))
        {
            context.Output.WriteLine(HelpCommand.HelpFor(command.Name));
            return;
        }

        command.Run(commandLine.Input, context);
    }

    private static void TryFlush(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
        }
    }
}
