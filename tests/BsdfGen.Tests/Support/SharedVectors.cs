using System.Text.Json;

namespace BsdfGen.Tests.Support;

/// <summary>Locates the conformance vectors in ../shared/vectors beside the repository root.</summary>
public static class SharedVectors
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Directory => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

    /// <summary>The <c>cases</c> of a manifest, as (name, case object) pairs, for xunit member data.</summary>
    public static IEnumerable<object[]> Cases(string folder, Func<JsonElement, bool>? filter = null)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(PathOf(folder, "manifest.json")));
        foreach (var item in manifest.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (filter is null || filter(item))
            {
                yield return [item.GetProperty("name").GetString()!];
            }
        }
    }

    public static JsonElement Case(string folder, string name)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(PathOf(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("cases").EnumerateArray()
            .First(item => item.GetProperty("name").GetString() == name).Clone();
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BsdfGen.sln")))
            {
                var vectors = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "vectors"));
                if (!System.IO.Directory.Exists(vectors))
                {
                    throw new InvalidOperationException(
                        $"The conformance vectors are missing: expected {vectors} (shared/ must sit beside the repository checkout)");
                }

                return vectors;
            }
        }

        throw new InvalidOperationException($"Could not find BsdfGen.sln above {AppContext.BaseDirectory}");
    }
}
