using System.Text.Json;
using BsdfGen.TestSupport;

namespace BsdfGen.Tests.Support;

/// <summary>Locates the conformance vectors in ../shared/vectors beside the repository root.</summary>
public static class SharedVectors
{
    public static string Directory => RepositoryPaths.Vectors();

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
}
