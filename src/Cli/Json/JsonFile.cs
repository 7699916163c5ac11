using System.Text;
using BsdfGen.Cli.Formatting;

namespace BsdfGen.Cli.Json;

internal static class JsonFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static object? Load(string path)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"Invalid JSON: {PythonRepr.String(path)} is not valid UTF-8");
        }

        return JsonParser.Parse(text);
    }
}
