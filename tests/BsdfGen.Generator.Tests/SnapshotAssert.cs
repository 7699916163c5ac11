using BsdfGen.TestSupport;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>
/// Compares generated source with a checked-in snapshot under Snapshots/. Set the environment variable
/// BSDFGEN_UPDATE_SNAPSHOTS=1 to (re)write the snapshots instead; a missing snapshot is written as
/// NAME.received.cs and the test fails, so nothing is accepted silently.
/// </summary>
internal static class SnapshotAssert
{
    public static void Matches(string name, string actual)
    {
        var directory = RepositoryPaths.Combine("tests", "BsdfGen.Generator.Tests", "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("BSDFGEN_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"No snapshot {verified}; the output was written to {received}. Review it and rerun with BSDFGEN_UPDATE_SNAPSHOTS=1.");
        }

        var expected = File.ReadAllText(verified).Replace("\r\n", "\n");
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"Generated source differs from {verified} at line {first + 1}:\n  expected: {expectedLines.ElementAtOrDefault(first)}\n  actual:   {actualLines.ElementAtOrDefault(first)}\nThe output was written to {received}.");
        }

        File.Delete(received);
    }
}
