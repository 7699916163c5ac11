namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>The shared test vectors written by the reference implementation (<c>../shared/vectors</c> beside the repository).</summary>
public static class Vectors
{
    public static string CoreDirectory => VectorDirectory("bsdf", "core");

    /// <summary>A data frame vector written by an independent encoder (<c>shared/vectors/dataframe</c>).</summary>
    public static string DataFrameFile(string name) => Path.Combine(VectorDirectory("dataframe"), name);

    private static string VectorDirectory(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BsdfGen.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, $"Cannot find the repository root (BsdfGen.sln) above {AppContext.BaseDirectory}");
        var folder = Path.GetFullPath(Path.Combine([directory!.FullName, "..", "shared", "vectors", .. parts]));
        Assert.True(Directory.Exists(folder), $"The shared test vectors are missing: expected them in {folder}");
        return folder;
    }

    public static IEnumerable<string> CoreNames() =>
        Directory.GetFiles(CoreDirectory, "*.bsdf").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);
}
