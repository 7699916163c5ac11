using BsdfGen.Cli.CommandLine;
using BsdfGen.Cli.Files;
using BsdfGen.Cli.Formatting;
using BsdfGen.Cli.Json;

namespace BsdfGen.Cli.Commands;

internal sealed class ConvertCommand : Command
{
    public override string Name => "convert";

    public override string Summary => "Convert one format into another (e.g. JSON to BSDF).";

    public override string Help => """
        Convert one format into another (e.g. JSON to BSDF).

        Formats currently supported are: JSON, BSDF.

        Usage: bsdf convert filename1 filename2 [options]

        Options:
          --max-decoded=n - The most bytes decoding may produce beyond the size
                            of filename1 (decompressed blobs, data frame
                            buffers; default 67108864, 64 MiB), or "memory" for
                            half of what the process may use. Files are read
                            as untrusted data: a file that needs more is an
                            error, not an exhausted machine.
          --max-json=n    - The largest JSON file written (default 1073741824,
                            1 GiB); a larger one is an error and nothing is
                            written.

        File types are derived from the extensions (.json or .bsdf).
        Converting BSDF to BSDF re-encodes the data. BSDF values that JSON cannot
        hold are written as: blob -> base64 string, complex -> [re, im],
        ndarray -> nested lists, image -> {"array": ..., "meta": ...}, data frame ->
        {"column": [values, null for missing], ...} (dates and times as ISO 8601
        strings, bytes as base64, lists and structs as arrays and objects,
        categories as their values). A value of an unknown extension is written
        as its plain value, with a warning.
        When the conversion fails, filename2 is not written.
        """;

    protected override IReadOnlyList<string> ArgumentNames => ["filename1", "filename2"];

    protected override IReadOnlyCollection<string> OptionNames => ["max-decoded", "max-json"];

    protected override void Execute(CommandInput input, CliContext context)
    {
        var (source, target) = (input.Arguments[0], input.Arguments[1]);
        var sourceFormat = DataFormats.FromPath(source);
        if (sourceFormat == DataFormat.Unknown)
        {
            throw new CliException($"Unknown load format extension for {PythonRepr.String(source)}");
        }

        var targetFormat = DataFormats.FromPath(target);
        if (targetFormat == DataFormat.Unknown)
        {
            throw new CliException($"Unknown save format extension for {PythonRepr.String(target)}");
        }

        var sourcePath = CliPaths.ExpandUser(source);
        var targetPath = CliPaths.ExpandUser(target);
        if (!File.Exists(sourcePath))
        {
            throw new CliException($"No such file: {PythonRepr.String(source)}");
        }

        // Unknown extensions survive a BSDF-to-BSDF conversion, and JSON output reports them itself.
        var maxDecoded = input.Options.GetValueOrDefault("max-decoded") == "memory"
            ? BsdfOptions.Default.MaxDecodedBytes
            : Positive(input, "max-decoded", CliLimits.Reading.MaxDecodedBytes);
        var maxJson = Positive(input, "max-json", CliLimits.DefaultMaxJsonBytes);
        var options = context.OptionsWithWarnings(warning => warning.Kind == BsdfWarningKind.UnknownExtension, CliLimits.ReadingWithBudget(maxDecoded));
        var value = sourceFormat == DataFormat.Json ? JsonFile.Load(sourcePath) : LoadBsdf(sourcePath, options);
        if (targetFormat == DataFormat.Json)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            AtomicTextFile.Write(targetPath, maxJson, writer => new JsonWriter(writer, name =>
            {
                if (reported.Add(name))
                {
                    context.Warn($"extension '{name}' has no JSON form; its plain value was written");
                }
            }).Write(value));
        }
        else
        {
            Bsdf.Save(targetPath, value, options);
        }

        context.Output.WriteLine("Wrote " + target);
    }

    private static object? LoadBsdf(string path, BsdfOptions options)
    {
        try
        {
            return Bsdf.Load(path, options);
        }
        catch (BsdfException error) when (error.Limit is nameof(BsdfOptions.MaxDecodedBytes) or nameof(BsdfOptions.MaxBlobSize))
        {
            throw new CliException($"{error.Message}; --max-decoded=N raises the limit for this command");
        }
    }

    private static long Positive(CommandInput input, string name, long defaultValue)
    {
        var value = input.GetInteger(name, defaultValue);
        return value > 0 ? value : throw new CliException($"Option --{name} must be positive, not {value}");
    }
}
