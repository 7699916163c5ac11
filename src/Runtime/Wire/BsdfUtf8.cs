using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace BsdfGen.Wire;

/// <summary>Strict UTF-8 conversion: invalid bytes and lone surrogates are errors, never replaced.</summary>
internal static class BsdfUtf8
{
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int StackTranscodeLimit = 1024;

    /// <summary>Decodes text, reporting invalid bytes at <paramref name="offset"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8, long offset)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        // Most text is ASCII: checked in one vectorized pass, then widened into the new string without a second check.
        // Other short text is transcoded strictly on the stack first, so that its string is allocated once, at its
        // exact length (widening into a string of one char per byte wasted that allocation on every non-ASCII string).
        if (Ascii.IsValid(utf8))
        {
            return Encoding.Latin1.GetString(utf8);
        }

        if (utf8.Length <= StackTranscodeLimit)
        {
            Span<char> chars = stackalloc char[utf8.Length];
            return Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(chars[..written])
                : BsdfThrow.Invalid<string>("String is not valid UTF-8", offset);
        }

        try
        {
            return Strict.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return BsdfThrow.Invalid<string>("String is not valid UTF-8", offset);
        }
    }

    /// <summary>Encodes text into <paramref name="destination"/>, which must be large enough.</summary>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        try
        {
            return Strict.GetBytes(text, destination);
        }
        catch (EncoderFallbackException error)
        {
            throw new BsdfException($"String is not valid UTF-16 (a lone surrogate?) and cannot be encoded: {error.Message}");
        }
    }

    /// <summary>Encodes text into a new array.</summary>
    public static byte[] Encode(ReadOnlySpan<char> text)
    {
        try
        {
            var bytes = new byte[Strict.GetByteCount(text)];
            Strict.GetBytes(text, bytes);
            return bytes;
        }
        catch (EncoderFallbackException error)
        {
            throw new BsdfException($"String is not valid UTF-16 (a lone surrogate?) and cannot be encoded: {error.Message}");
        }
    }
}
