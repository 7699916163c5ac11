using System.Globalization;
using System.Text;
using System.Text.Json;
using BsdfGen.Cli.Formatting;
using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

/// <summary>
/// Runs the commands in-process over every file the reference implementation wrote
/// (<c>shared/vectors/bsdf/core</c>). The expected view is rebuilt from each vector's wire-level tree.
/// </summary>
public sealed class ReferenceVectorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int ExitCode, string Output, string Error) RunInProcess(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string ExpectedView(JsonElement root)
    {
        var builder = new StringBuilder();
        AppendNode(builder, root, 0, indent: true);
        return builder.ToString();
    }

    private static void AppendNode(StringBuilder builder, JsonElement node, int depth, bool indent)
    {
        var prefix = indent ? new string(' ', 2 * depth) : string.Empty;
        var suffix = node.TryGetProperty("ext", out var ext) ? $" ({ext.GetString()})" : string.Empty;
        var type = node.GetProperty("type").GetString();
        string Line(string text) => prefix + text + suffix + "\n";
        switch (type)
        {
            case "null":
                builder.Append(Line("null"));
                break;
            case "bool":
                builder.Append(Line(node.GetProperty("value").GetBoolean() ? "true" : "false"));
                break;
            case "int16" or "int64":
                builder.Append(Line(node.GetProperty("value").GetInt64().ToString(CultureInfo.InvariantCulture)));
                break;
            case "float32":
                var bits32 = uint.Parse(node.GetProperty("bits").GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                builder.Append(Line(PythonRepr.Float(BitConverter.UInt32BitsToSingle(bits32))));
                break;
            case "float64":
                var bits64 = ulong.Parse(node.GetProperty("bits").GetString()!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                builder.Append(Line(PythonRepr.Float(BitConverter.UInt64BitsToDouble(bits64))));
                break;
            case "string":
                var text = node.GetProperty("value").GetString()!;
                var runes = text.EnumerateRunes().ToArray();
                if (runes.Length > 40)
                {
                    text = string.Concat(runes.Take(39).Select(rune => rune.ToString())) + "\u2026";
                }

                builder.Append(Line(PythonRepr.String(text)));
                break;
            case "blob":
                var checksum = node.GetProperty("checksum");
                builder.Append(Line(string.Create(CultureInfo.InvariantCulture,
                    $"Binary blob size {node.GetProperty("allocated_size").GetInt64()}/{node.GetProperty("used_size").GetInt64()}/" +
                    $"{node.GetProperty("data_size").GetInt64()} compr {node.GetProperty("compression").GetInt32()} " +
                    $"checksum {(checksum.ValueKind == JsonValueKind.Null ? "none" : checksum.GetString())}")));
                break;
            case "list":
                var items = node.GetProperty("items");
                var isOpen = node.TryGetProperty("stream", out var stream) && stream.GetString() == "open";
                builder.Append(Line(isOpen ? "[ streaming list" : $"[ list with {items.GetArrayLength()} elements"));
                foreach (var item in items.EnumerateArray())
                {
                    AppendNode(builder, item, depth + 1, indent: true);
                }

                builder.Append(new string(' ', 2 * depth)).Append("]\n");
                break;
            case "map":
                var entries = node.GetProperty("items");
                builder.Append(Line($"{{ mapping with {entries.GetArrayLength()} items"));
                foreach (var entry in entries.EnumerateArray())
                {
                    builder.Append(new string(' ', 2 * depth + 2)).Append(entry[0].GetString()).Append(": ");
                    AppendNode(builder, entry[1], depth + 1, indent: false);
                }

                builder.Append(new string(' ', 2 * depth)).Append("}\n");
                break;
            default:
                throw new InvalidOperationException($"unknown node type {type}");
        }
    }

    [Fact]
    public void View_matches_the_wire_tree_of_every_reference_vector()
    {
        var failures = new List<string>();
        foreach (var name in Vectors.CoreNames())
        {
            using var tree = JsonDocument.Parse(File.ReadAllText(Path.Combine(Vectors.CoreDirectory, name + ".json")));
            var newer = tree.RootElement.GetProperty("version")[1].GetInt32() > 2;
            var (exitCode, output, error) = RunInProcess("view", Path.Combine(Vectors.CoreDirectory, name + ".bsdf"));
            var expected = ExpectedView(tree.RootElement.GetProperty("root"));
            if (exitCode != 0 || output != expected || (error.Length > 0) != newer)
            {
                failures.Add($"{name}: exit {exitCode}, stderr '{error}'\n--- expected\n{expected}--- got\n{output}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_reference_vector_converts_to_json_and_bsdf()
    {
        var failures = new List<string>();
        foreach (var name in Vectors.CoreNames())
        {
            var source = Path.Combine(Vectors.CoreDirectory, name + ".bsdf");
            var expectsWarning = name is "minor_version_9";
            var bsdf = RunInProcess("convert", source, _dir[name + ".bsdf"]);
            if (bsdf.ExitCode != 0 || (bsdf.Error.Length > 0) != expectsWarning || !File.Exists(_dir[name + ".bsdf"]))
            {
                failures.Add($"{name} -> bsdf: exit {bsdf.ExitCode}, stderr '{bsdf.Error}'");
            }

            var json = RunInProcess("convert", source, _dir[name + ".json"]);
            if (json.ExitCode != 0 || (json.Error.Length > 0) != (expectsWarning || name == "unknown_extension"))
            {
                failures.Add($"{name} -> json: exit {json.ExitCode}, stderr '{json.Error}'");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
