namespace BsdfGen.Cli.Files;

internal static class CliPaths
{
    /// <summary>Replaces a leading <c>~</c> with the home directory, as Python's <c>os.path.expanduser</c>.</summary>
    public static string ExpandUser(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith(@"~\", StringComparison.Ordinal))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (!string.IsNullOrEmpty(home))
            {
                return home + path[1..];
            }
        }

        return path;
    }
}
