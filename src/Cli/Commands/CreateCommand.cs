using BsdfGen.Cli.CommandLine;
using BsdfGen.Cli.Files;
using BsdfGen.Cli.Json;

namespace BsdfGen.Cli.Commands;

internal sealed class CreateCommand : Command
{
    public override string Name => "create";

    public override string Summary => "Create a BSDF file from data given as a JSON literal.";

    public override string Help => """
        Create a BSDF file from data given as a JSON literal.

        Usage: bsdf create filename json

        The data is parsed as JSON; NaN, Infinity and -Infinity are accepted too.
        Numbers without a fraction or exponent become 64-bit integers, other
        numbers floats, and objects mappings (their key order is kept).

        Examples:
          bsdf create foo.bsdf '{"meaning": 42}'
          bsdf create bar.bsdf '["xx", 4, null, [3, 4, 5]]'
        """;

    protected override IReadOnlyList<string> ArgumentNames => ["filename", "json"];

    protected override void Execute(CommandInput input, CliContext context)
    {
        var value = JsonParser.Parse(input.Arguments[1]);
        Bsdf.Save(CliPaths.ExpandUser(input.Arguments[0]), value, context.OptionsWithWarnings());
    }
}
