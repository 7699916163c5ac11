namespace BsdfGen.Cli.Commands;

/// <summary>Every command, in alphabetical order.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<Command> All { get; } =
    [
        new ConvertCommand(),
        new CreateCommand(),
        new HelpCommand(),
        new InfoCommand(),
        new VersionCommand(),
        new ViewCommand(),
    ];

    public static Command? Find(string name) => All.FirstOrDefault(command => command.Name == name);
}
