using BsdfGen.Cli.Tests.Infrastructure;
using BsdfGen.TestSupport;

namespace BsdfGen.Cli.Tests;

/// <summary>The example file that README's first command views ships in the repository and shows every part.</summary>
public sealed class ExampleFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_readme_example_views_with_its_array_list_and_frame()
    {
        var example = RepositoryPaths.Combine("samples", "data", "example.bsdf");
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        Assert.Contains("dotnet run --project src/Cli -- view samples/data/example.bsdf", readme);

        var text = _dir.Run("view", example).AssertSuccess();

        Assert.Contains("experiment: 'example'", text);
        Assert.Contains("weights: { mapping with 3 items (ndarray)", text);
        Assert.Contains("history: data frame with 3 rows and 4 columns (dataframe)", text);
        Assert.Contains("2026-11-28T08:00:09.000000Z", text);
    }
}
