namespace BsdfGen.TestSupport;

/// <summary>
/// Files of the checkout and of <c>../shared</c> beside it, found from the test assembly's location. Compiled into
/// each test project (see their .csproj). Compile-time paths such as [CallerFilePath] cannot be used: CI builds map
/// source paths to "/_/" for deterministic output.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding BsdfGen.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path below the checkout.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A folder of the conformance vectors (<c>../shared/vectors/…</c>); fails clearly when shared/ is missing.</summary>
    public static string Vectors(params string[] parts) => Shared("conformance vectors", ["vectors", .. parts]);

    /// <summary>A folder of the reference implementation (<c>../shared/reference/…</c>); fails clearly when shared/ is missing.</summary>
    public static string Reference(params string[] parts) => Shared("reference implementation", ["reference", .. parts]);

    private static string Shared(string what, string[] parts)
    {
        var folder = Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The {what} is missing: expected {folder} (shared/ must sit beside the repository checkout)");
        }

        return folder;
    }

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
