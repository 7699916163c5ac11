using System.Text;
using Xunit;

namespace BsdfGen.Tests.Strings;

/// <summary>
/// Strings are decoded on two paths (short ones widened into the string in one pass, long ones checked first); both
/// must give the strict decoder's text for valid UTF-8 and a <see cref="BsdfException"/> at the string for invalid bytes.
/// </summary>
public class StringDecodingTests
{
    public static IEnumerable<object[]> Lengths => [[1], [40], [1024], [1025], [5000]];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Ascii_text_and_text_with_multibyte_characters_after_an_ascii_prefix_round_trip(int length)
    {
        foreach (var tail in new[] { "", "é", "café crème", "€ 12", "𝄞 clef", "日本語" })
        {
            var text = new string('a', length) + tail;
            Assert.Equal(text, Bsdf.Deserialize<string>(Bsdf.Serialize(text)));
            Assert.Equal(text, Bsdf.Decode(Bsdf.Encode(text)));
        }
    }

    [Fact]
    public void Every_short_length_decodes_with_a_non_ASCII_char_or_an_invalid_byte_at_every_position()
    {
        // ASCII text is checked in vector blocks and non-ASCII text transcoded on the stack: each length and each
        // position of the first non-ASCII byte must still give the strict decoder's text, or the error.
        for (var length = 1; length <= 70; length++)
        {
            var ascii = new string(Enumerable.Range(0, length).Select(i => (char)(i * 37 % 128)).ToArray());
            Assert.Equal(ascii, Bsdf.Deserialize<string>(Bsdf.Serialize(ascii)));
            for (var position = 0; position < length; position++)
            {
                var text = ascii[..position] + "é" + ascii[(position + 1)..];
                Assert.Equal(text, Bsdf.Deserialize<string>(Bsdf.Serialize(text)));

                var invalid = Encoding.ASCII.GetBytes(ascii);
                invalid[position] = 0x80;
                Assert.Contains("not valid UTF-8", Assert.Throws<BsdfException>(() => Bsdf.Deserialize<string>(Document(invalid))).Message);
            }
        }
    }

    public static IEnumerable<object[]> InvalidSequences =>
    [
        [new byte[] { 0xC3 }],                   // a lead byte at the end
        [new byte[] { 0xC3, 0x28 }],             // a lead byte without its continuation
        [new byte[] { 0xC0, 0xAF }],             // an overlong '/'
        [new byte[] { 0xED, 0xA0, 0x80 }],       // an encoded surrogate (CESU-8)
        [new byte[] { 0xF4, 0x90, 0x80, 0x80 }], // beyond U+10FFFF
        [new byte[] { 0xFF }],
    ];

    [Theory]
    [MemberData(nameof(InvalidSequences))]
    public void Invalid_UTF8_anywhere_in_a_short_or_long_string_is_an_error_at_the_string(byte[] invalid)
    {
        foreach (var prefixLength in new[] { 0, 3, 600, 2000 })
        {
            foreach (var suffix in new[] { "", "é and more" })
            {
                var body = Encoding.ASCII.GetBytes(new string('x', prefixLength)).Concat(invalid).Concat(Encoding.UTF8.GetBytes(suffix)).ToArray();
                var document = Document(body);
                var typed = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<string>(document));
                Assert.Contains("not valid UTF-8", typed.Message);
                Assert.Contains("(at byte 7)", typed.Message);
                var dynamic = Assert.Throws<BsdfException>(() => Bsdf.Decode(document));
                Assert.Contains("not valid UTF-8", dynamic.Message);
            }
        }
    }

    /// <summary>A BSDF document whose root is a string with <paramref name="utf8"/> as its (unchecked) bytes.</summary>
    private static byte[] Document(byte[] utf8)
    {
        var size = utf8.Length <= 250 ? [(byte)utf8.Length] : new byte[] { 253 }.Concat(BitConverter.GetBytes((long)utf8.Length)).ToArray();
        return "BSDF\u0002\u0002s"u8.ToArray().Concat(size).Concat(utf8).ToArray();
    }
}
