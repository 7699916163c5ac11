using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>
/// Arrays of numbers read through the direct path (the form this library writes) and through the general ndarray
/// decoding (every other form) give the same values and the same errors.
/// </summary>
public class NumericArrayReadTests
{
    private static readonly double[] Values = [1.5, -2.25, double.NaN, double.MaxValue, 0];

    [Fact]
    public void Arrays_in_the_written_form_read_back_exactly()
    {
        Assert.Equal(Values, Bsdf.Deserialize<double[]>(Bsdf.Serialize(Values)));
        Assert.Equal(new long[] { long.MinValue, 7 }, Bsdf.Deserialize<long[]>(Bsdf.Serialize(new long[] { long.MinValue, 7 })));
        Assert.Equal(new List<float> { 0.5f }, Bsdf.Deserialize<List<float>>(Bsdf.Serialize(new List<float> { 0.5f })));
        Assert.Empty(Bsdf.Deserialize<double[]>(Bsdf.Serialize(Array.Empty<double>()))!);
        Assert.Null(Bsdf.Deserialize<double[]?>(Bsdf.Serialize<double[]?>(null)));
    }

    [Theory]
    [InlineData(BsdfCompression.None, true)]
    [InlineData(BsdfCompression.Zlib, false)]
    [InlineData(BsdfCompression.Bz2, true)]
    public void Compressed_and_checksummed_arrays_read_back_exactly(BsdfCompression compression, bool checksum)
    {
        var options = BsdfOptions.Default with { Compression = compression, UseChecksum = checksum };
        Assert.Equal(Values, Bsdf.Deserialize<double[]>(Bsdf.Serialize(Values, options)));
        Assert.Equal(Values, Bsdf.Deserialize<double[]>(Bsdf.Encode(Values, options)));
    }

    [Fact]
    public void Other_key_orders_extra_keys_zero_dimensions_and_lists_read_as_before()
    {
        var data = new BsdfBlob(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Values.AsSpan()).ToArray());
        var reordered = new BsdfExtensionValue("ndarray", new BsdfMap { ["data"] = data, ["dtype"] = "float64", ["shape"] = new List<object?> { 5L } });
        Assert.Equal(Values, Bsdf.Deserialize<double[]>(Bsdf.Encode(reordered)));

        var scalar = new BsdfNdArray(BsdfDType.Float64, ReadOnlySpan<int>.Empty, BitConverter.GetBytes(3.5));
        Assert.Equal([3.5], Bsdf.Deserialize<double[]>(Bsdf.Encode(scalar)));
        Assert.Equal([1.0, 2.0], Bsdf.Deserialize<double[]>(Bsdf.Encode(new List<object?> { 1L, 2.0 })));
    }

    [Fact]
    public void Malformed_arrays_fail_with_the_same_errors()
    {
        var wrongType = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<double[]>(Bsdf.Serialize(new float[] { 1 })));
        Assert.Contains("Expected a 1-dimensional float64 array but found a 1-dimensional float32 one", wrongType.Message);

        var wrongRank = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<double[]>(Bsdf.Serialize(new double[,] { { 1 }, { 2 } })));
        Assert.Contains("Expected a 1-dimensional float64 array but found a 2-dimensional float64 one", wrongRank.Message);

        var bytes = Bsdf.Serialize(Values);
        var truncated = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<double[]>(bytes.AsSpan(0, bytes.Length - 3)));
        Assert.True(truncated.IsTruncation, truncated.Message);

        var deep = Assert.Throws<BsdfException>(() => Bsdf.Deserialize<double[]>(Bsdf.Serialize(Values), BsdfOptions.Default with { MaxDepth = 1 }));
        Assert.Contains("maximum depth", deep.Message);
    }
}
