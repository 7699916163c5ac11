using System.IO.Pipelines;
using Xunit;

namespace BsdfGen.Tests.Streams;

/// <summary>Typed reads from a <see cref="PipeReader"/> leave the pipe usable, whether the data is valid or not.</summary>
public sealed class PipeReadingTests
{
    [Fact]
    public async Task Invalid_data_is_consumed_so_the_pipe_can_be_read_on()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Bsdf.Serialize("a string long enough to cut")[..^4]);
        await pipe.Writer.CompleteAsync();

        var error = await Assert.ThrowsAsync<BsdfException>(async () => await Bsdf.DeserializeAsync<string>(pipe.Reader));

        Assert.Contains("at byte", error.Message);
        var rest = await pipe.Reader.ReadAsync();   // throws "Reading is already in progress" when the failed read was not ended
        Assert.True(rest.IsCompleted);
        Assert.True(rest.Buffer.IsEmpty);
    }

    [Fact]
    public async Task Valid_data_is_read_and_consumed()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Bsdf.Serialize(new List<long> { 1, 2, 3 }));
        await pipe.Writer.CompleteAsync();

        Assert.Equal([1L, 2, 3], await Bsdf.DeserializeAsync<List<long>>(pipe.Reader));
        Assert.True((await pipe.Reader.ReadAsync()).Buffer.IsEmpty);
    }
}
