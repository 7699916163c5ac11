namespace BsdfGen.Fuzz.Targets;

/// <summary><c>Bsdf.Open</c> (memory-mapped, lazy blobs and streams) and <c>Bsdf.Follow</c> on the input written to a file.</summary>
internal static class OpenTarget
{
    // One file per process, rewritten for each input, in the folder run.sh gives (a killed process cannot delete it).
    private static readonly string InputPath = Path.Combine(
        Environment.GetEnvironmentVariable("BSDFGEN_FUZZ_FILES") ?? Path.GetTempPath(), $"bsdfgen-fuzz-{Environment.ProcessId}.bsdf");

    public static FuzzTarget Create() => new(
        "open",
        "Bsdf.Open of the input as a file, every lazy part read; Bsdf.Follow of the same file",
        [
            data =>
            {
                File.WriteAllBytes(InputPath, data);
                using var file = Bsdf.Open(InputPath, BsdfFileAccess.Read, FuzzOptions.Lazy);
                ValueWalker.Touch(file.Root);
            },
            _ =>
            {
                using var follower = Bsdf.Follow(InputPath, FuzzOptions.Eager);
                ValueWalker.Touch(follower.ReadNew());
                ValueWalker.Touch(follower.ReadNew());
            },
        ],
        error => error is BsdfException,
        SampleSeeds.Documents);

    /// <summary>Deletes the input file when the process ends.</summary>
    public static void DeleteInputFile() => File.Delete(InputPath);
}
