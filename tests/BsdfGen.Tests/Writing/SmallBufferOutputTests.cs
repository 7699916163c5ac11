using System.Buffers;
using BsdfGen.Tests.Support;
using BsdfGen.Wire;
using Xunit;

namespace BsdfGen.Tests.Writing;

/// <summary>
/// Outputs that hand out small buffers make the writer flush and refill in the middle of a document, at every kind of
/// value: the bytes must be the same as written into one large buffer.
/// </summary>
public class SmallBufferOutputTests
{
    private static readonly List<object?> Values = Enumerable.Range(0, 3_000).Select(i => (i % 6) switch
    {
        0 => (object?)(long)i,
        1 => i * 1_000_003L,
        2 => i / 7.0,
        3 => i % 2 == 0,
        4 => new string('x', i % 40),
        _ => new byte[i % 300],
    }).ToList();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_document_written_through_256_byte_buffers_is_the_one_written_at_once(bool float64)
    {
        var options = BsdfOptions.Default with { Float64 = float64 };
        var expected = Bsdf.Encode(Values, options);
        var output = new SmallBuffers();
        Bsdf.Encode(output, Values, options);
        Assert.Equal(expected, output.Written.ToArray());
        if (float64)
        {
            DynamicAssert.Equal(Values, Bsdf.Decode(output.Written.ToArray()));
        }
    }

    [Fact]
    public void A_document_written_to_a_stream_is_the_one_written_at_once()
    {
        using var stream = new MemoryStream();
        Bsdf.Serialize<object?>(stream, Values);
        Assert.Equal(Bsdf.Encode(Values), stream.ToArray());
    }

    [Fact]
    public void Reserved_bytes_need_no_pending_extension_and_commit_no_more_than_reserved()
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new BsdfWriter(output);
        var span = writer.ReserveBytes(BsdfEncoding.MaxScalarSize + 3);
        var at = BsdfEncoding.WriteKey(span, "ab"u8);
        at += BsdfEncoding.WriteInt64(span[at..], 70_000);
        writer.CommitBytes(at);
        writer.Flush();
        Assert.Equal([2, (byte)'a', (byte)'b', (byte)'i', 0x70, 0x11, 0x01, 0, 0, 0, 0, 0], output.WrittenSpan.ToArray());

        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            var other = new BsdfWriter(new ArrayBufferWriter<byte>(16));
            other.ReserveBytes(4);
            other.CommitBytes(int.MaxValue);
        });
        Assert.Throws<InvalidOperationException>(() =>
        {
            var tagged = new BsdfWriter(new ArrayBufferWriter<byte>());
            tagged.WriteExtensionName(BsdfExtensionName.Get("x"));
            tagged.ReserveBytes(4);
        });
        Assert.Throws<ArgumentException>(() => BsdfEncoding.WriteKey(new byte[8], ReadOnlySpan<byte>.Empty));
    }

    /// <summary>An output that never gives more room than asked for, and at most 256 bytes when asked for less.</summary>
    private sealed class SmallBuffers : IBufferWriter<byte>
    {
        private readonly ArrayBufferWriter<byte> _inner = new();

        public ReadOnlySpan<byte> Written => _inner.WrittenSpan;

        public void Advance(int count) => _inner.Advance(count);

        public Memory<byte> GetMemory(int sizeHint = 0) => _inner.GetMemory(sizeHint)[..Math.Max(sizeHint, 1)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
