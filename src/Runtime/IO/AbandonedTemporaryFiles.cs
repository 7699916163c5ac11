using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace BsdfGen.IO;

/// <summary>
/// Names the temporary file of an atomic write after the process that writes it — <c>.NAME.PID.GUID.tmp</c> beside
/// the target — and removes those of processes that no longer run (killed during a write), so that kills never
/// leave a growing pile. A temporary file of a live process (another save of the same path going on) is never touched.
/// </summary>
internal static class AbandonedTemporaryFiles
{
    private const string Suffix = ".tmp";

    /// <summary>A new temporary name for writing <paramref name="fileName"/>, owned by this process.</summary>
    public static string NewName(string fileName) =>
        $".{fileName}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}{Suffix}";

    /// <summary>Deletes the temporary files beside <paramref name="fileName"/> whose owning process is gone; errors are ignored.</summary>
    public static void Remove(string directory, string fileName)
    {
        var prefix = "." + fileName + ".";
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory, ".*" + Suffix))
            {
                var name = Path.GetFileName(path.AsSpan());
                if (name.StartsWith(prefix, StringComparison.Ordinal) && OwnerOf(name[prefix.Length..^Suffix.Length]) is { } owner
                    && !IsRunning(owner, File.GetLastWriteTimeUtc(path)))
                {
                    File.Delete(path);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy: the write itself goes on.
        }
    }

    /// <summary>The process id in <c>PID.GUID</c>, or null when the name is not one of ours.</summary>
    private static int? OwnerOf(ReadOnlySpan<char> idAndGuid)
    {
        var dot = idAndGuid.IndexOf('.');
        return dot > 0
            && idAndGuid.Length - dot - 1 == 32
            && Guid.TryParseExact(idAndGuid[(dot + 1)..], "N", out _)
            && int.TryParse(idAndGuid[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : null;
    }

    /// <summary>
    /// Whether process <paramref name="id"/> may still be writing a file it last wrote at <paramref name="lastWrite"/>:
    /// it runs and started before then (a process started later reuses the id of a dead one).
    /// </summary>
    private static bool IsRunning(int id, DateTime lastWrite)
    {
        if (id == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return process.StartTime.ToUniversalTime() <= lastWrite.AddSeconds(1);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception error) when (error is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Exited meanwhile, or not ours to inspect: leave its file alone.
            return error is not InvalidOperationException;
        }
    }
}
