using System.Buffers;
using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

public class AllocationTests
{
    [Fact]
    public void Serializing_into_a_reused_buffer_writer_allocates_nothing()
    {
        var order = Samples.Order();
        var buffer = new ArrayBufferWriter<byte>(4096);
        for (var warmup = 0; warmup < 3; warmup++)
        {
            buffer.ResetWrittenCount();
            Bsdf.Serialize(buffer, order);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            buffer.ResetWrittenCount();
            Bsdf.Serialize(buffer, order);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(Bsdf.Serialize(order), buffer.WrittenSpan.ToArray());
    }
}
