namespace BsdfGen.IO;

/// <summary>
/// Writes a file under a temporary name beside the target and renames it into place only when the
/// write succeeded, so a failed or interrupted write never leaves a valid-looking partial file. The data
/// reach the disk (fsync) before the rename; a write killed midway leaves its temporary file, which the
/// next write to the same path removes (see <see cref="AbandonedTemporaryFiles"/>).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Creates the temporary file; commit it with <see cref="Commit"/> or remove it with <see cref="Abandon"/>.</summary>
    public static FileStream CreateTemporary(string path, out string temporaryPath)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetFileName(full);
        AbandonedTemporaryFiles.Remove(directory, name);
        temporaryPath = Path.Combine(directory, AbandonedTemporaryFiles.NewName(name));
        return new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 1, FileOptions.None);
    }

    /// <summary>Flushes the temporary file to disk and moves it over <paramref name="path"/>.</summary>
    public static void Commit(FileStream stream, string temporaryPath, string path)
    {
        stream.Flush(flushToDisk: true);
        File.Move(temporaryPath, path, overwrite: true);
    }

    /// <summary>Deletes the temporary file after a failure, ignoring errors while doing so.</summary>
    public static void Abandon(FileStream? stream, string temporaryPath)
    {
        try
        {
            stream?.Dispose();
            File.Delete(temporaryPath);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes a whole file atomically through <paramref name="write"/>.</summary>
    public static void Write(string path, Action<FileStream> write)
    {
        FileStream? stream = null;
        string temporary;
        stream = CreateTemporary(path, out temporary);
        try
        {
            write(stream);
            Commit(stream, temporary, path);
            stream.Dispose();
        }
        catch
        {
            Abandon(stream, temporary);
            throw;
        }
    }
}
