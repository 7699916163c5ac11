using System.Buffers;
using Xunit;

namespace BsdfGen.Tests.Writing;

/// <summary>
/// Serialize to a new array copies a document that fits the thread's buffer straight out of it, and takes the general
/// path once the writer has flushed: on both sides of that line the array holds exactly what the other outputs get.
/// </summary>
public class ExactSizeArrayTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(2_725)]
    [InlineData(2_735)]
    [InlineData(6_600)]
    [InlineData(40_000)]
    public async Task Documents_below_and_above_the_thread_buffer_equal_the_buffer_writer_and_stream_outputs(int count)
    {
        // Ten-character strings take 12 bytes each: the thread's 32 KiB buffer fills between 2,700 and 2,800 of them.
        var strings = Enumerable.Range(0, count).Select(index => $"item{index:D6}").ToList();
        var expected = new ArrayBufferWriter<byte>();
        Bsdf.Serialize(expected, strings);

        Assert.Equal(expected.WrittenSpan.ToArray(), Bsdf.Serialize(strings));
        using var stream = new MemoryStream();
        await Bsdf.SerializeAsync(stream, strings);
        Assert.Equal(expected.WrittenSpan.ToArray(), stream.ToArray());
        Assert.Equal(strings, Bsdf.Deserialize<List<string>>(Bsdf.Serialize(strings)));
    }
}
