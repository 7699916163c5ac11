using System.Text;
using BsdfGen.IO;

namespace BsdfGen.Cli.Files;

/// <summary>Writes a text file atomically (as the runtime's <c>Save</c> does), refusing to grow it past a size limit.</summary>
internal static class AtomicTextFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest file written; a larger one is a <see cref="CliException"/> and nothing is written.</param>
    /// <param name="write">Writes the text.</param>
    public static void Write(string path, long maxBytes, Action<TextWriter> write) =>
        AtomicFile.Write(path, file =>
        {
            using var limited = new SizeLimitedStream(file, maxBytes);
            using var writer = new StreamWriter(limited, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true);
            write(writer);
        });
}
