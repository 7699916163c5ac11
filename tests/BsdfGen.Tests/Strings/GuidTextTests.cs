using System.Text;
using BsdfGen.Typed;
using Xunit;

namespace BsdfGen.Tests.Strings;

/// <summary>
/// Guid's "D" form is parsed by hand into the value: every text of that form, in either case, must give what the BCL gives,
/// anything else must be declined (and then read by the BCL as before).
/// </summary>
public class GuidTextTests
{
    [Fact]
    public void The_D_form_in_any_case_parses_to_the_BCL_value()
    {
        var random = new Random(20261128);
        var guids = new List<Guid> { Guid.Empty, new("ffffffff-ffff-ffff-ffff-ffffffffffff"), new("6f9619ff-8b86-d011-b42d-00c04fc964ff") };
        for (var i = 0; i < 5_000; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            guids.Add(new Guid(bytes));
        }

        foreach (var guid in guids)
        {
            foreach (var text in new[] { guid.ToString("D"), guid.ToString("D").ToUpperInvariant(), MixedCase(guid.ToString("D"), random) })
            {
                Assert.True(GuidText.TryParse(Encoding.ASCII.GetBytes(text), out var parsed), text);
                Assert.Equal(Guid.Parse(text), parsed);
            }

            Assert.Equal(guid, Bsdf.Deserialize<Guid>(Bsdf.Serialize(guid)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("6f9619ff-8b86-d011-b42d-00c04fc964f")]
    [InlineData("6f9619ff-8b86-d011-b42d-00c04fc964fff")]
    [InlineData("6f9619ff8b86-d011-b42d-00c04fc964ff0")]
    [InlineData("6f9619ff-8b86-d011-b42d_00c04fc964ff")]
    [InlineData("6f9619fg-8b86-d011-b42d-00c04fc964ff")]
    [InlineData("6f9619f@-8b86-d011-b42d-00c04fc964ff")]
    [InlineData("6f9619f`-8b86-d011-b42d-00c04fc964ff")]
    [InlineData("6f9619f/-8b86-d011-b42d-00c04fc964ff")]
    [InlineData("6f9619f:-8b86-d011-b42d-00c04fc964ff")]
    [InlineData("+f9619ff-8b86-d011-b42d-00c04fc964ff")]
    [InlineData(" f9619ff-8b86-d011-b42d-00c04fc964ff")]
    [InlineData("6f9619ff-8b86-d011-b42d-00c04fc964\u00e9")]
    [InlineData("6f9619ff8b86d011b42d00c04fc964ff")]
    [InlineData("{6f9619ff-8b86-d011-b42d-00c04fc964ff}")]
    public void Other_texts_are_declined_and_read_as_the_BCL_reads_them(string text)
    {
        Assert.False(GuidText.TryParse(Encoding.UTF8.GetBytes(text), out _));
        var document = Bsdf.Serialize(text);
        if (Guid.TryParse(text, out var expected))
        {
            Assert.Equal(expected, Bsdf.Deserialize<Guid>(document));
        }
        else
        {
            Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Guid>(document));
        }
    }

    [Fact]
    public void A_character_other_than_a_hex_digit_at_any_digit_position_is_declined()
    {
        // Every position the vectorized parser gathers, with the bytes next to each range of hex digits and beyond ASCII.
        var valid = Encoding.ASCII.GetBytes("6f9619ff-8b86-d011-b42d-00c04fc964ff");
        var digitPositions = Enumerable.Range(0, 36).Where(position => position is not (8 or 13 or 18 or 23)).ToArray();
        Assert.Equal(32, digitPositions.Length);
        foreach (var position in digitPositions)
        {
            foreach (var bad in "/:@G`g -\0".Select(character => (byte)character).Append((byte)0x80).Append((byte)0xFF).Append((byte)('0' + 0x80)))
            {
                var text = (byte[])valid.Clone();
                text[position] = bad;
                Assert.False(GuidText.TryParse(text, out _), $"byte 0x{bad:X2} at {position}");
            }
        }

        Assert.True(GuidText.TryParse(valid, out var parsed));
        Assert.Equal(new Guid("6f9619ff-8b86-d011-b42d-00c04fc964ff"), parsed);
    }

    private static string MixedCase(string text, Random random) =>
        new(text.Select(character => random.Next(2) == 0 ? char.ToUpperInvariant(character) : character).ToArray());
}
