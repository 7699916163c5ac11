using BsdfGen.TestSupport;

namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>The shared test vectors written by the reference implementation (<c>../shared/vectors</c> beside the repository).</summary>
public static class Vectors
{
    public static string CoreDirectory => RepositoryPaths.Vectors("bsdf", "core");

    /// <summary>A data frame vector written by an independent encoder (<c>shared/vectors/dataframe</c>).</summary>
    public static string DataFrameFile(string name) => Path.Combine(RepositoryPaths.Vectors("dataframe"), name);

    public static IEnumerable<string> CoreNames() =>
        Directory.GetFiles(CoreDirectory, "*.bsdf").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);
}
