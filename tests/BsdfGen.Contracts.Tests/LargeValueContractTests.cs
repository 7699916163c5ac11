using System.Buffers;
using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>
/// Contracts holding large arrays and blobs — around the sizes where serializing measures first and where reading a
/// stream leaves blob data in the stream — write the same bytes and read the same values on every path.
/// </summary>
public class LargeValueContractTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(4099)]
    [InlineData(70_001)]
    [InlineData(300_007)]
    public void Contracts_with_large_members_round_trip_on_every_path(int size)
    {
        var value = Holder(size);
        var bytes = Bsdf.Serialize(value);
        var buffer = new ArrayBufferWriter<byte>(1);
        Bsdf.Serialize(buffer, value);
        Assert.Equal(bytes, buffer.WrittenSpan.ToArray());
        var stream = new MemoryStream();
        Bsdf.Serialize(stream, value);
        Assert.Equal(bytes, stream.ToArray());

        var path = Path.Combine(Path.GetTempPath(), $"bsdfgen-large-{Guid.NewGuid():N}.bsdf");
        try
        {
            Bsdf.SerializeToFile(path, value);
            Assert.Equal(bytes, File.ReadAllBytes(path));
            AssertSame(value, Bsdf.DeserializeFromFile<LargeHolder>(path));
            using var file = File.OpenRead(path);
            AssertSame(value, Bsdf.Deserialize<LargeHolder>(file));
        }
        finally
        {
            File.Delete(path);
        }

        AssertSame(value, Bsdf.Deserialize<LargeHolder>(bytes));
        AssertSame(value, Bsdf.Deserialize<LargeHolder>(new MemoryStream(bytes, writable: false)));
        AssertSame(value, Bsdf.Deserialize<LargeHolder>(new SlowStream(bytes)));
    }

    [Fact]
    public void A_truncated_contract_fails_with_a_truncation_error_from_a_stream()
    {
        var bytes = Bsdf.Serialize(Holder(300_000));
        foreach (var cut in new[] { 10, 1000, 200_000, bytes.Length - 1 })
        {
            var error = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<LargeHolder>(new MemoryStream(bytes, 0, cut, writable: false)));
            Assert.True(error.IsTruncation, error.Message);
        }
    }

    private static LargeHolder Holder(int size)
    {
        var random = new Random(size);
        var matrix = new float[Math.Max(1, size / 1000), 250];
        for (var i = 0; i < matrix.GetLength(0); i++)
        {
            matrix[i, i % 250] = i;
        }

        var blob = new byte[size + 1];
        random.NextBytes(blob);
        return new LargeHolder
        {
            Name = $"holder {size}",
            Values = Enumerable.Range(0, size).Select(i => i * 0.5).ToArray(),
            Matrix = matrix,
            Blob = blob,
            Memory = blob.AsMemory(1),
            Cube = new short[2, 3, Math.Max(1, size / 100)],
        };
    }

    private static void AssertSame(LargeHolder expected, LargeHolder actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.Matrix, actual.Matrix);
        Assert.Equal(expected.Blob, actual.Blob);
        Assert.Equal(expected.Memory.ToArray(), actual.Memory.ToArray());
        Assert.Equal(expected.Cube, actual.Cube);
    }

    /// <summary>A seekable stream that returns at most 777 bytes per read.</summary>
    private sealed class SlowStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 777));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 777)]);
    }
}
