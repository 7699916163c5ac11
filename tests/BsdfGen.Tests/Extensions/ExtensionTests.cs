using System.Numerics;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Extensions;

public class ExtensionTests
{
    private sealed record Point(double X, double Y);

    private sealed class PointExtension() : BsdfExtension<Point>("test.point")
    {
        protected override object? EncodeValue(Point value) => new List<object?> { value.X, value.Y };

        protected override Point DecodeValue(object? value) =>
            value is List<object?> { Count: 2 } xy ? new Point((double)xy[0]!, (double)xy[1]!) : throw new FormatException("expected [x, y]");
    }

    [Fact]
    public void User_defined_extensions_encode_and_decode_with_their_name()
    {
        var serializer = new BsdfSerializer().AddExtension(new PointExtension());
        var bytes = serializer.Encode(new List<object?> { new Point(1, 2), "x" });
        Assert.Equal(10, bytes.AsSpan().IndexOf("test.point"u8));
        var value = Assert.IsType<List<object?>>(serializer.Decode(bytes));
        Assert.Equal(new Point(1, 2), value[0]);

        var plain = Assert.IsType<List<object?>>(Bsdf.Decode(bytes, new BsdfOptions { Warning = _ => { } }));
        var tagged = Assert.IsType<BsdfExtensionValue>(plain[0]);
        Assert.Equal("test.point", tagged.Name);
        Assert.Equal(bytes, Bsdf.Encode(plain));
    }

    [Fact]
    public void Delegate_extensions_and_removal()
    {
        var serializer = new BsdfSerializer().AddExtension(
            BsdfExtension.Create<Version>("test.version", version => version.ToString(), value => Version.Parse((string)value!)));
        var bytes = serializer.Encode(new Version(1, 2, 3));
        Assert.Equal(new Version(1, 2, 3), serializer.Decode(bytes));
        Assert.True(serializer.RemoveExtension("test.version"));
        Assert.False(serializer.RemoveExtension("test.version"));
        Assert.Throws<BsdfException>(() => serializer.Encode(new Version(1, 0)));
    }

    [Fact]
    public void Extension_decode_failures_are_BsdfExceptions()
    {
        var serializer = new BsdfSerializer().AddExtension(new PointExtension());
        var bytes = Bsdf.Encode(new BsdfExtensionValue("test.point", "not a point"));
        var error = Assert.Throws<BsdfException>(() => serializer.Decode(bytes));
        Assert.Contains("test.point", error.Message);
        Assert.Equal(6, error.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-name-that-is-much-too-long-a-name-that-is-much-too-long-a-name-that-is-much-too-long-a-name-that-is-much-too-long-a-name-that-is-much-too-long-a-name-that-is-much-too-long-a-name-that-is-much-too-long-a-name-that-is-much-too-long-a-name-that-is-much-too-long-")]
    public void Extension_names_must_be_1_to_250_bytes(string name)
    {
        Assert.Throws<BsdfException>(() => BsdfExtension.Create<Point>(name, point => null, value => new Point(0, 0)));
    }

    [Fact]
    public void Complex_numbers_use_the_c_extension()
    {
        var bytes = Bsdf.Encode(new Complex(3, 4));
        Assert.Equal("BSDF\u0002\u0002L\u0001c"u8.ToArray(), bytes[..9]);
        Assert.Equal(new Complex(3, 4), Bsdf.Decode(bytes));
    }

    public static IEnumerable<object[]> TypedArrays =>
    [
        [new bool[] { true, false, true }, BsdfDType.Bool],
        [new sbyte[] { -1, 2 }, BsdfDType.Int8],
        [new short[] { -300, 2 }, BsdfDType.Int16],
        [new ushort[] { 65535, 2 }, BsdfDType.UInt16],
        [new int[] { int.MinValue, 2 }, BsdfDType.Int32],
        [new uint[] { uint.MaxValue, 2 }, BsdfDType.UInt32],
        [new long[] { long.MinValue, 2 }, BsdfDType.Int64],
        [new ulong[] { ulong.MaxValue, 2 }, BsdfDType.UInt64],
        [new Half[] { (Half)1.5, (Half)(-2) }, BsdfDType.Float16],
        [new float[] { 1.5f, float.NaN }, BsdfDType.Float32],
        [new double[] { 1.5, double.NegativeInfinity }, BsdfDType.Float64],
        [new Complex[] { new(1, 2) }, BsdfDType.Complex128],
        [new byte[,] { { 1, 2 }, { 3, 4 } }, BsdfDType.UInt8],
        [new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, BsdfDType.Float64],
        [new int[,,] { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } }, BsdfDType.Int32],
    ];

    [Theory]
    [MemberData(nameof(TypedArrays))]
    public void Dotnet_arrays_become_ndarrays_of_the_matching_dtype(Array array, BsdfDType dtype)
    {
        var decoded = Assert.IsType<BsdfNdArray>(Bsdf.Decode(Bsdf.Encode(array)));
        Assert.Equal(dtype, decoded.DType);
        Assert.Equal(Enumerable.Range(0, array.Rank).Select(array.GetLength), decoded.Shape);
        var flat = array.Cast<object>().ToArray();
        for (var i = 0; i < flat.Length; i++)
        {
            Assert.Equal(flat[i], decoded.GetElement(i));
        }
    }

    [Fact]
    public void Ndarrays_convert_back_to_typed_dotnet_arrays_without_copying_for_spans()
    {
        var matrix = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        var cube = new short[2, 3, 4];
        cube[1, 2, 3] = 42;
        var decoded = Assert.IsType<BsdfMap>(Bsdf.Decode(Bsdf.Encode(new BsdfMap { ["m"] = matrix, ["c"] = cube })));
        var m = Assert.IsType<BsdfNdArray>(decoded["m"]);
        Assert.Equal(matrix, m.ToArray2D<double>());
        m.AsSpan<double>()[0] = 10;
        Assert.Equal(10, m.ToArray2D<double>()[0, 0]);
        Assert.Equal(42, Assert.IsType<BsdfNdArray>(decoded["c"]).ToArray3D<short>()[1, 2, 3]);
        Assert.Throws<InvalidCastException>(() => m.AsSpan<float>());
        Assert.Throws<InvalidOperationException>(() => m.ToArray3D<double>());
    }

    [Fact]
    public void Byte_arrays_stay_blobs()
    {
        Assert.IsType<byte[]>(Bsdf.Decode(Bsdf.Encode(new byte[] { 1, 2, 3 })));
    }

    [Fact]
    public void Ndarray_data_given_as_a_list_is_accepted()
    {
        var bytes = Bsdf.Encode(new BsdfExtensionValue("ndarray", new BsdfMap
        {
            ["shape"] = new List<object?> { 2L, 2L },
            ["dtype"] = "int32",
            ["data"] = new List<object?> { 1L, 2L, 3L, 4L },
        }));
        Assert.Equal(new[,] { { 1, 2 }, { 3, 4 } }, Assert.IsType<BsdfNdArray>(Bsdf.Decode(bytes)).ToArray2D<int>());
    }

    [Fact]
    public void Malformed_ndarrays_are_BsdfExceptions()
    {
        var bytes = Bsdf.Encode(new BsdfExtensionValue("ndarray", new BsdfMap
        {
            ["shape"] = new List<object?> { 1000000L, 1000000L },
            ["dtype"] = "float64",
            ["data"] = new byte[16],
        }));
        Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes));
    }

    [Fact]
    public void Images_use_image2d_and_image3d()
    {
        var image = new BsdfImage(BsdfImageKind.Image2D, BsdfNdArray.FromArray(new byte[2, 3]), new BsdfMap { ["unit"] = "px" });
        var decoded = Assert.IsType<BsdfImage>(Bsdf.Decode(Bsdf.Encode(image)));
        DynamicAssert.Equal(image, decoded);
        var volume = image with { Kind = BsdfImageKind.Image3D, Array = BsdfNdArray.FromArray(new float[2, 2, 2]) };
        Assert.Equal(BsdfImageKind.Image3D, Assert.IsType<BsdfImage>(Bsdf.Decode(Bsdf.Encode(volume))).Kind);
    }
}
