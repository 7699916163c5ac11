namespace BsdfGen.Cli.Files;

/// <summary>The file formats <c>convert</c> reads and writes, chosen by file extension.</summary>
internal enum DataFormat
{
    Unknown,
    Json,
    Bsdf,
}

internal static class DataFormats
{
    public static DataFormat FromPath(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return DataFormat.Json;
        }

        return path.EndsWith(".bsdf", StringComparison.OrdinalIgnoreCase) ? DataFormat.Bsdf : DataFormat.Unknown;
    }
}
