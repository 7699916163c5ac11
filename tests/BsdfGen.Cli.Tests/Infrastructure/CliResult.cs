namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool produced. Line endings are normalised to <c>\n</c>.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts exit code 0 and an empty stderr, and returns stdout.</summary>
    public string AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}; stderr: {Error}");
        Assert.True(Error.Length == 0, $"unexpected stderr: {Error}");
        return Output;
    }

    /// <summary>Asserts exit code 1 and exactly one stderr line <c>bsdf: error: ...</c> without a stack trace; returns the message.</summary>
    public string AssertError()
    {
        Assert.True(ExitCode == 1, $"exit code {ExitCode}; stdout: {Output}; stderr: {Error}");
        var lines = ErrorLines;
        Assert.True(lines.Length == 1, $"expected one stderr line, got: {Error}");
        Assert.StartsWith("bsdf: error: ", lines[0]);
        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("Exception", Error);
        return lines[0]["bsdf: error: ".Length..];
    }
}
