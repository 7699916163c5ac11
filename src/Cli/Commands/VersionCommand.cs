using System.Reflection;
using BsdfGen.Cli.CommandLine;
using BsdfGen.Wire;

namespace BsdfGen.Cli.Commands;

internal sealed class VersionCommand : Command
{
    public override string Name => "version";

    public override string Summary => "Print the version of this implementation.";

    public override string Help => """
        Print the version of this implementation.

        Usage: bsdf version

        Prints the version of the bsdf tool (BsdfGen) and of the BSDF format it reads and writes.
        """;

    protected override IReadOnlyList<string> ArgumentNames => [];

    public static string VersionText()
    {
        var assembly = typeof(VersionCommand).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var metadata = version.IndexOf('+', StringComparison.Ordinal);
        if (metadata >= 0)
        {
            version = version[..metadata];
        }

        return $"bsdf (BsdfGen) version {version}, BSDF format {BsdfVersion.Current}";
    }

    protected override void Execute(CommandInput input, CliContext context) => context.Output.WriteLine(VersionText());
}
