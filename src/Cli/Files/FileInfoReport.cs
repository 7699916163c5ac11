using System.Globalization;

namespace BsdfGen.Cli.Files;

/// <summary>The meta information block printed by <c>bsdf info</c> and <c>bsdf view --info</c>.</summary>
internal static class FileInfoReport
{
    public static void Write(string path, TextWriter output)
    {
        var info = new FileInfo(path);
        var magic = new byte[6];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        }

        var isValid = read >= 4 && magic.AsSpan(0, 4).SequenceEqual("BSDF"u8);
        var version = !isValid ? "?" : read >= 6 ? $"{magic[4]}.{magic[5]}" : "?";
        output.WriteLine("BSDF info for: " + Path.GetFullPath(path));
        output.WriteLine("  file_name:     " + Path.GetFileName(path));
        output.WriteLine("  file_size:     " + info.Length.ToString(CultureInfo.InvariantCulture));
        output.WriteLine("  file_mtime:    " + info.LastWriteTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        output.WriteLine("  is_valid:      " + (isValid ? "true" : "false"));
        output.WriteLine("  file_version:  " + version);
    }
}
