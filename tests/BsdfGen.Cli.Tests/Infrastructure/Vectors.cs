namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>The shared test vectors written by the reference implementation (<c>../shared/vectors</c> beside the repository).</summary>
public static class Vectors
{
    public static string CoreDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BsdfGen.sln")))
            {
                directory = directory.Parent;
            }

            Assert.True(directory is not null, $"Cannot find the repository root (BsdfGen.sln) above {AppContext.BaseDirectory}");
            var core = Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "vectors", "bsdf", "core"));
            Assert.True(Directory.Exists(core), $"The shared test vectors are missing: expected them in {core}");
            return core;
        }
    }

    public static IEnumerable<string> CoreNames() =>
        Directory.GetFiles(CoreDirectory, "*.bsdf").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);
}
