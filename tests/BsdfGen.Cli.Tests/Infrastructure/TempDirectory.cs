namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>A fresh directory for one test, deleted afterwards; commands run with it as working directory.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bsdf-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public CliResult Run(params string[] args) => CliProcess.Run(Path, args);

    /// <summary>Saves <paramref name="value"/> as <c>data.bsdf</c> and returns what <c>bsdf view</c> prints for it.</summary>
    public string View(object? value, params string[] options)
    {
        Bsdf.Save(this["data.bsdf"], value);
        return Run(["view", "data.bsdf", .. options]).AssertSuccess();
    }

    /// <summary>The text of <paramref name="lines"/>, each ended by a newline.</summary>
    public static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + "\n"));

    public string[] FileNames() =>
        Directory.GetFiles(Path).Select(file => System.IO.Path.GetFileName(file)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
