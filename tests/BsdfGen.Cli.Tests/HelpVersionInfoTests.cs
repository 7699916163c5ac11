using System.Text.RegularExpressions;
using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

public sealed class HelpVersionInfoTests : IDisposable
{
    private const string GeneralHelp = """
        Command line interface for the Binary Structured Data Format.
        See http://bsdf.io for more information on BSDF.

        usage: bsdf command [options]

        Available commands:
          convert - Convert one format into another (e.g. JSON to BSDF).
          create  - Create a BSDF file from data given as a JSON literal.
          help    - Show the help text.
          info    - Print meta information about the given BSDF file.
          version - Print the version of this implementation.
          view    - View the content of a given BSDF file.

        Run 'bsdf help command' or 'bsdf command --help' to learn more.

        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("help")]
    [InlineData("-h")]
    [InlineData("--help")]
    public void General_help_has_the_reference_layout(string arg) =>
        Assert.Equal(GeneralHelp.ReplaceLineEndings("\n"), _dir.Run(arg).AssertSuccess());

    [Fact]
    public void Command_help_shows_usage_and_options()
    {
        var viewHelp = _dir.Run("help", "view").AssertSuccess();
        Assert.StartsWith("View the content of a given BSDF file.\n", viewHelp);
        Assert.Contains("Usage: bsdf view filename [options]", viewHelp);
        Assert.Contains("--depth=n", viewHelp);
        Assert.Contains("--info", viewHelp);
        Assert.Equal(viewHelp, _dir.Run("view", "--help").AssertSuccess());

        foreach (var command in new[] { "convert", "create", "help", "info", "version" })
        {
            Assert.Contains($"Usage: bsdf {command}", _dir.Run("help", command).AssertSuccess());
        }
    }

    [Fact]
    public void Help_for_an_unknown_command_is_an_error() =>
        Assert.Equal("Cannot give help for invalid command: 'nope'", _dir.Run("help", "nope").AssertError());

    [Theory]
    [InlineData("version")]
    [InlineData("-v")]
    [InlineData("--version")]
    public void Version_names_tool_and_format(string arg) =>
        Assert.Matches(new Regex(@"^bsdf \(BsdfGen\) version \d+\.\d+\.\d+[^\s,]*, BSDF format 2\.2\n$"), _dir.Run(arg).AssertSuccess());

    [Fact]
    public void No_command_and_unknown_command_are_errors()
    {
        Assert.Equal("No command given. Use 'bsdf help' to get started.", _dir.Run().AssertError());
        Assert.Equal("Invalid command: 'x'", _dir.Run("x").AssertError());
    }

    [Fact]
    public void Wrong_argument_count_is_an_error()
    {
        Assert.Contains("info", _dir.Run("info").AssertError());
        Assert.Contains("convert", _dir.Run("convert", "a.json").AssertError());
    }

    [Fact]
    public void Info_has_the_reference_layout()
    {
        var path = _dir["foo.bsdf"];
        Bsdf.Save(path, new List<object?> { "xx", 4L, null, new List<object?> { 3L, 4L, 5L, 3L, 4L, 5L, 3L, 4L, 5L } });
        var mtime = new DateTime(2017, 12, 21, 15, 21, 41, DateTimeKind.Local);
        File.SetLastWriteTime(path, mtime);

        var output = _dir.Run("info", "foo.bsdf").AssertSuccess();

        Assert.Equal(
            $"BSDF info for: {Path.GetFullPath(path)}\n" +
            "  file_name:     foo.bsdf\n" +
            "  file_size:     45\n" +
            "  file_mtime:    2017-12-21 15:21:41\n" +
            "  is_valid:      true\n" +
            "  file_version:  2.2\n",
            output);
    }

    [Fact]
    public void Info_on_a_file_that_is_not_bsdf()
    {
        File.WriteAllText(_dir["notes.bsdf"], "hello world");
        var output = _dir.Run("info", "notes.bsdf").AssertSuccess();
        Assert.Contains("  file_size:     11\n", output);
        Assert.Contains("  is_valid:      false\n", output);
        Assert.EndsWith("  file_version:  ?\n", output);
    }

    [Fact]
    public void Info_on_a_missing_file_is_an_error() =>
        Assert.Equal("Cannot get info for invalid file: 'missing.bsdf'", _dir.Run("info", "missing.bsdf").AssertError());
}
