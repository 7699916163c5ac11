namespace BsdfGen.Fuzz;

/// <summary>Runs saved inputs (crashes, a corpus) through a target once, outside the fuzzer, and reports each finding.</summary>
internal static class Replay
{
    public static int Run(FuzzTarget target, IEnumerable<string> paths)
    {
        var files = paths.SelectMany<string, string>(path => Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(file => !Path.GetFileName(file).StartsWith('.')).Order()
            : [path]);
        int runs = 0, findings = 0;
        foreach (var file in files)
        {
            runs++;
            try
            {
                target.Execute(File.ReadAllBytes(file));
            }
            catch (Exception error)
            {
                findings++;
                Console.WriteLine($"FINDING {file}: {error.GetType().FullName}: {error.Message}");
                Console.WriteLine(error.StackTrace);
            }
        }

        Console.WriteLine($"{target.Name}: {runs} inputs replayed, {findings} findings");
        return findings == 0 ? 0 : 1;
    }
}
