using System.Text;
using BsdfGen.Cli;
using BsdfGen.Cli.Json;

namespace BsdfGen.Fuzz.Targets;

/// <summary>The CLI's JSON reader (as <c>bsdf convert</c> reads a file); what parses must write and parse again, and encode as BSDF.</summary>
internal static class JsonTarget
{
    private static readonly BsdfOptions CliOptions = BsdfOptions.Default with { MaxDepth = CliLimits.MaxNesting };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static FuzzTarget Create() => new(
        "json",
        "the CLI's JsonParser on strict UTF-8 text, then JsonWriter and BSDF round trips of what it parsed",
        [Parse],
        error => error is CliException,
        SampleSeeds.JsonTexts);

    private static void Parse(byte[] data)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return;
        }

        var value = JsonParser.Parse(text);
        var output = new StringWriter();
        new JsonWriter(output, _ => { }).Write(value);
        try
        {
            JsonParser.Parse(output.ToString());
        }
        catch (CliException error)
        {
            throw new FuzzFindingException($"JSON written from a parsed value did not parse again: {error.Message}");
        }

        try
        {
            // As bsdf convert writes it.
            RoundTrip.Dynamic(value, CliOptions);
        }
        catch (BsdfException)
        {
            // The encoder refused a value BSDF cannot hold (an empty key); bsdf convert reports that as an error.
        }
    }
}
