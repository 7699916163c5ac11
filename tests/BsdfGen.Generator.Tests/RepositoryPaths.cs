namespace BsdfGen.Generator.Tests;

/// <summary>
/// Finds files of the checkout from the test assembly's location. Compile-time paths such as
/// [CallerFilePath] cannot be used: CI builds map source paths to "/_/" for deterministic output.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BsdfGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"BsdfGen.sln not found above the test assembly in {AppContext.BaseDirectory}");
    }
}
