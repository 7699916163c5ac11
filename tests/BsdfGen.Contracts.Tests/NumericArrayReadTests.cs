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

    [Fact]
    public void Arrays_are_written_byte_for_byte_as_the_dynamic_encoder_writes_ndarrays()
    {
        var ints = Enumerable.Range(-20_000, 40_000).ToList();
        var matrix = new float[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        foreach (var options in new[] { BsdfOptions.Default, BsdfOptions.Default with { Compression = BsdfCompression.Zlib, UseChecksum = true } })
        {
            Assert.Equal(Bsdf.Encode(NdArray(BsdfDType.Float64, [Values.Length], Values), options), Bsdf.Serialize(Values, options));
            Assert.Equal(Bsdf.Encode(NdArray(BsdfDType.Int32, [ints.Count], ints.ToArray()), options), Bsdf.Serialize(ints, options));
            Assert.Equal(Bsdf.Encode(NdArray(BsdfDType.Float32, [2, 3], matrix.Cast<float>().ToArray()), options), Bsdf.Serialize(matrix, options));
        }

        // Short arrays (written in one piece) at every padding the position before them gives.
        var shortArrays = Enumerable.Range(0, 70).Select(length => Enumerable.Range(-length, length).Select(i => (short)i).ToArray()).ToList();
        var asNdArrays = shortArrays.Select(values => (object?)NdArray(BsdfDType.Int16, [values.Length], values)).ToList();
        Assert.Equal(Bsdf.Encode(asNdArrays), Bsdf.Serialize(shortArrays));

        static BsdfNdArray NdArray<T>(BsdfDType dtype, int[] shape, T[] values)
            where T : unmanaged =>
            new(dtype, shape, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
    }

    [Fact]
    public void Long_shapes_and_lists_read_through_the_direct_path()
    {
        var large = Enumerable.Range(0, 40_000).ToList();
        Assert.Equal(large, Bsdf.Deserialize<List<int>>(Bsdf.Serialize(large)));
        Assert.Equal(large.ToArray(), Bsdf.Deserialize<int[]>(Bsdf.Serialize(large)));
        var matrix = new short[40_000, 2];
        matrix[39_999, 1] = -3;
        Assert.Equal(matrix, Bsdf.Deserialize<short[,]>(Bsdf.Serialize(matrix)));
        Assert.Equal(new List<double> { 1.5 }, Bsdf.Deserialize<List<double>>(Bsdf.Encode(new List<object?> { 1.5 })));
    }

    [Fact]
    public void Every_cut_and_every_changed_byte_of_the_written_form_reads_or_fails_cleanly()
    {
        Check<double[]>(Bsdf.Serialize(Values));
        Check<List<int>>(Bsdf.Serialize(new List<int> { 3, 141, 59 }));
        Check<float[,]>(Bsdf.Serialize(new float[,] { { 1, 2 }, { 3, 4 } }));

        static void Check<T>(byte[] bytes)
        {
            for (var length = 0; length < bytes.Length; length++)
            {
                Assert.Throws<BsdfException>(() => Bsdf.Deserialize<T>(bytes.AsSpan(0, length)));
            }

            for (var at = 0; at < bytes.Length; at++)
            {
                foreach (var change in new byte[] { 0, 1, 0x7F, 0xFF })
                {
                    var changed = (byte[])bytes.Clone();
                    changed[at] ^= change;
                    var error = Record.Exception(() => Bsdf.Deserialize<T>(changed));
                    Assert.True(error is null or BsdfException, $"byte {at} ^ {change}: {error}");
                }
            }
        }
    }
}
