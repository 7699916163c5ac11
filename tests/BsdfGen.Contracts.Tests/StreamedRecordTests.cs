using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

public class StreamedRecordTests
{
    [Fact]
    public async Task Contract_records_are_appended_followed_indexed_and_streamed_back_typed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bsdfgen-records-{Guid.NewGuid():N}.bsdf");
        try
        {
            using var follower = CreateRun(path, out var stream);
            Parallel.For(0, 4, producer =>
            {
                for (var i = 0; i < 25; i++)
                {
                    stream.Append(new OrderLine { Sku = $"p{producer}", Quantity = i, Price = producer + i / 100.0 });
                }
            });
            Assert.Equal(100, follower.ReadNew<OrderLine>().Count);
            stream.Append(new OrderLine { Sku = "last" });
            Assert.Equal("last", Assert.Single(follower.ReadNew<OrderLine>()).Sku);
            stream.Dispose();

            using var file = Bsdf.Open(path, options: new BsdfOptions { LazyStreams = true });
            var records = (BsdfListStreamReader)((BsdfMap)file.Root!)["lines"]!;
            Assert.Equal("last", records.BuildIndex().ReadAt<OrderLine>(100).Sku);

            var count = 0;
            await using var input = File.OpenRead(path);
            await foreach (var line in Bsdf.ReadStreamAsync<OrderLine>(input))
            {
                Assert.NotNull(line.Sku);
                count++;
            }

            Assert.Equal(101, count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static BsdfStreamFollower CreateRun(string path, out BsdfListStream stream)
    {
        stream = new BsdfListStream();
        Bsdf.Save(path, new BsdfMap { ["run"] = "demo", ["lines"] = stream });
        return Bsdf.Follow(path);
    }
}
