using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

/// <summary>Failures: exit code 1, one <c>bsdf: error:</c> line, no stack trace, and no output file left behind.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private void AssertOnlyFiles(params string[] names) => Assert.Equal(names.Order(StringComparer.Ordinal), _dir.FileNames());

    [Fact]
    public void Convert_of_a_missing_file()
    {
        Assert.Contains("missing.bsdf", _dir.Run("convert", "missing.bsdf", "out.json").AssertError());
        Assert.Contains("missing.json", _dir.Run("convert", "missing.json", "out.bsdf").AssertError());
        AssertOnlyFiles();
    }

    [Fact]
    public void Convert_of_a_file_with_bad_magic()
    {
        File.WriteAllText(_dir["bad.bsdf"], "NOPE\u0002\u0002v");
        Assert.Contains("BSDF", _dir.Run("convert", "bad.bsdf", "out.json").AssertError());
        Assert.Contains("BSDF", _dir.Run("convert", "bad.bsdf", "out.bsdf").AssertError());
        AssertOnlyFiles("bad.bsdf");
    }

    [Fact]
    public void Convert_of_a_corrupt_file_leaves_no_output()
    {
        var bytes = Bsdf.Encode(new List<object?> { 1L, 2L, "three" });
        File.WriteAllBytes(_dir["cut.bsdf"], bytes[..^3]);
        _dir.Run("convert", "cut.bsdf", "out.json").AssertError();
        _dir.Run("convert", "cut.bsdf", "out.bsdf").AssertError();
        AssertOnlyFiles("cut.bsdf");
    }

    [Fact]
    public void Convert_with_unknown_format_extensions()
    {
        File.WriteAllText(_dir["data.json"], "[1]");
        File.WriteAllText(_dir["data.txt"], "[1]");
        Assert.Equal("Unknown load format extension for 'data.txt'", _dir.Run("convert", "data.txt", "out.bsdf").AssertError());
        Assert.Equal("Unknown save format extension for 'out.yaml'", _dir.Run("convert", "data.json", "out.yaml").AssertError());
        AssertOnlyFiles("data.json", "data.txt");
    }

    [Fact]
    public void Convert_of_invalid_json()
    {
        File.WriteAllText(_dir["trailing.json"], "[1, 2]\n  x");
        Assert.Equal("Invalid JSON: Extra data: line 2 column 3 (char 9)", _dir.Run("convert", "trailing.json", "out.bsdf").AssertError());
        File.WriteAllText(_dir["broken.json"], "{\"a\": [1, 2}");
        Assert.Contains("line 1 column 12", _dir.Run("convert", "broken.json", "out.json").AssertError());
        File.WriteAllText(_dir["big.json"], "[18446744073709551616]");
        Assert.Contains("18446744073709551616", _dir.Run("convert", "big.json", "out.bsdf").AssertError());
        AssertOnlyFiles("big.json", "broken.json", "trailing.json");
    }

    [Fact]
    public void Convert_that_fails_while_encoding_leaves_no_output()
    {
        File.WriteAllText(_dir["emptykey.json"], "{\"\": 1}");
        Assert.Contains("empty", _dir.Run("convert", "emptykey.json", "out.bsdf").AssertError());
        AssertOnlyFiles("emptykey.json");
    }

    [Fact]
    public void Failed_convert_keeps_an_existing_target()
    {
        File.WriteAllText(_dir["out.json"], "[\"old\"]");
        File.WriteAllText(_dir["bad.bsdf"], "garbage");
        _dir.Run("convert", "bad.bsdf", "out.json").AssertError();
        Assert.Equal("[\"old\"]", File.ReadAllText(_dir["out.json"]));
        AssertOnlyFiles("bad.bsdf", "out.json");
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_an_error()
    {
        File.WriteAllText(_dir["deep.json"], new string('[', 5000) + new string(']', 5000));
        Assert.Contains("Nesting", _dir.Run("convert", "deep.json", "out.bsdf").AssertError());
        AssertOnlyFiles("deep.json");
    }

    [Fact]
    public void Create_with_invalid_json()
    {
        Assert.StartsWith("Invalid JSON: ", _dir.Run("create", "x.bsdf", "[1, 2").AssertError());
        Assert.StartsWith("Invalid JSON: Extra data", _dir.Run("create", "x.bsdf", "1 2").AssertError());
        AssertOnlyFiles();
    }

    [Fact]
    public void Bad_options()
    {
        Bsdf.Save(_dir["a.bsdf"], 1L);
        Assert.Contains("--depth", _dir.Run("view", "a.bsdf", "--depth=abc").AssertError());
        Assert.Contains("--nope", _dir.Run("view", "a.bsdf", "--nope").AssertError());
    }
}
