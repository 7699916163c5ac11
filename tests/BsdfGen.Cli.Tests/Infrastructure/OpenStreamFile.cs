namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>Writes <c>[3, 4, 5, stream(6, 7)]</c> with the runtime's <see cref="BsdfListStream"/> and captures the bytes while the stream is still open.</summary>
public static class OpenStreamFile
{
    public static byte[] Write(string path)
    {
        using var stream = new BsdfListStream();
        Bsdf.Save(path, new List<object?> { 3L, 4L, 5L, stream });
        stream.Append(6L);
        stream.Append(7L);
        stream.Flush();
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[reader.Length];
        reader.ReadExactly(bytes);
        return bytes;
    }
}
