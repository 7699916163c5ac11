using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace BsdfGen.Wire;

/// <summary>Strict UTF-8 conversion: invalid bytes and lone surrogates are errors, never replaced.</summary>
internal static class BsdfUtf8
{
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int SinglePassAsciiLimit = 1024;

    /// <summary>Decodes text, reporting invalid bytes at <paramref name="offset"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8, long offset)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        // Most text is ASCII. A short one is widened straight into a new string in one vectorized pass that also checks
        // it (the string is not yet shared, so writing into it is safe); from the first non-ASCII byte on, the rest is
        // transcoded strictly behind the ASCII prefix and the exact-length string copied out. A long one is checked
        // first, so that non-ASCII text never costs a large string thrown away. Either way the strict decoder's
        // validating count and second transcoding pass are avoided where they can be.
        if (utf8.Length <= SinglePassAsciiLimit)
        {
            var text = new string('\0', utf8.Length);
            var chars = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(text.AsSpan()), text.Length);
            if (Ascii.ToUtf16(utf8, chars, out var asciiPrefix) == OperationStatus.Done)
            {
                return text;
            }

            // UTF-16 never needs more units than UTF-8 has bytes: the rest is transcoded (strictly) behind the prefix.
            if (Utf8.ToUtf16(utf8[asciiPrefix..], chars[asciiPrefix..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return BsdfThrow.Invalid<string>("String is not valid UTF-8", offset);
            }

            return new string(chars[..(asciiPrefix + written)]);
        }
        else if (Ascii.IsValid(utf8))
        {
            return Encoding.Latin1.GetString(utf8);
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
