using System.Numerics;
using System.Text.Json;
using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Conformance;

/// <summary>The files the reference implementation wrote: exact wire trees, exact re-encoding, value round trips.</summary>
public class CoreVectorTests
{
    private const string Folder = "bsdf/core";

    public static IEnumerable<object[]> AllCases => SharedVectors.Cases(Folder);

    public static IEnumerable<object[]> ExactCases => SharedVectors.Cases(Folder, item => item.GetProperty("reencode_exact").GetBoolean());

    public static IEnumerable<object[]> OtherCases => SharedVectors.Cases(Folder, item => !item.GetProperty("reencode_exact").GetBoolean());

    [Theory]
    [MemberData(nameof(AllCases))]
    public void File_matches_its_wire_tree(string name)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedVectors.PathOf(Folder, name + ".json")));
        WireTree.AssertMatches(Bytes(name), expected.RootElement);
    }

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void Decoding_then_encoding_gives_identical_bytes(string name)
    {
        var bytes = Bytes(name);
        var encoded = Bsdf.Encode(Bsdf.Decode(bytes, Quiet));
        Assert.True(bytes.AsSpan().SequenceEqual(encoded), $"{name}: re-encoded bytes differ (lengths {bytes.Length} and {encoded.Length})");
    }

    [Theory]
    [MemberData(nameof(OtherCases))]
    public void Decoding_then_encoding_keeps_the_value(string name)
    {
        var value = Bsdf.Decode(Bytes(name), Quiet);
        DynamicAssert.Equal(value, Bsdf.Decode(Bsdf.Encode(value), Quiet));
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Lazy_file_access_decodes_the_same_values(string name)
    {
        var eager = Bsdf.Decode(Bytes(name), Quiet);
        using var file = BsdfFile.Open(SharedVectors.PathOf(Folder, name + ".bsdf"), options: Quiet);
        DynamicAssert.Equal(eager, Materialize(file.Root));
    }

    [Fact]
    public void Front_page_example_decodes_to_dotnet_values()
    {
        var value = Assert.IsType<List<object?>>(Bsdf.Decode(Bytes("mixed")));
        Assert.Equal("just some objects", value[0]);
        var map = Assert.IsType<BsdfMap>(value[1]);
        Assert.Equal(["foo", "bar"], map.Keys);
        Assert.Equal(true, map["foo"]);
        Assert.Null(map["bar"]);
        Assert.Equal(42.001, value[2]);
    }

    [Fact]
    public void Complex_numbers_decode_to_System_Numerics_Complex()
    {
        var value = Assert.IsType<List<object?>>(Bsdf.Decode(Bytes("complex")));
        Assert.Equal(new Complex(3, 4), value[0]);
        Assert.Equal(new Complex(-0.0, -1.5), value[1]);
        Assert.Equal(new Complex(double.PositiveInfinity, 0), value[2]);
    }

    [Theory]
    [InlineData("ndarray_int16")]
    [InlineData("ndarray_float64")]
    public void Ndarrays_decode_with_shape_and_typed_data(string name)
    {
        var map = Assert.IsType<BsdfMap>(Bsdf.Decode(Bytes(name)));
        var vector = Assert.IsType<BsdfNdArray>(map["vector"]);
        Assert.Equal([24], vector.Shape);
        var matrix = Assert.IsType<BsdfNdArray>(map["matrix"]);
        Assert.Equal([4, 6], matrix.Shape);
        if (vector.DType == BsdfDType.Int16)
        {
            Assert.Equal(Enumerable.Range(0, 24).Select(i => (short)i), vector.ToArray<short>());
            Assert.Equal(matrix.ToArray<short>()[7], matrix.ToArray2D<short>()[1, 1]);
        }
        else
        {
            Assert.Equal(BsdfDType.Float64, vector.DType);
            Assert.Equal(24, vector.AsSpan<double>().Length);
        }
    }

    [Fact]
    public void Unknown_extension_is_kept_with_its_name_and_warned_about()
    {
        var warnings = new List<BsdfWarning>();
        var value = Assert.IsType<List<object?>>(Bsdf.Decode(Bytes("unknown_extension"), new BsdfOptions { Warning = warnings.Add }));
        var tagged = Assert.IsType<BsdfExtensionValue>(value[1]);
        Assert.Equal("test.foo", tagged.Name);
        Assert.Equal(new List<object?> { 7L, 42L }, tagged.Value);
        Assert.Contains(warnings, warning => warning.Kind == BsdfWarningKind.UnknownExtension);

        var unwrapped = Assert.IsType<List<object?>>(Bsdf.Decode(Bytes("unknown_extension"), Quiet with { UnknownExtensions = UnknownExtensionHandling.Unwrap }));
        Assert.Equal(new List<object?> { 7L, 42L }, unwrapped[1]);
    }

    [Fact]
    public void Newer_minor_version_warns_and_reads()
    {
        var warnings = new List<BsdfWarning>();
        var value = Bsdf.Decode(Bytes("minor_version_9"), new BsdfOptions { Warning = warnings.Add });
        Assert.Equal(new List<object?> { 1L, 2L }, value);
        Assert.Equal(BsdfWarningKind.NewerMinorVersion, Assert.Single(warnings).Kind);
    }

    [Fact]
    public void Float32_values_decode_as_double_or_single_on_request()
    {
        var asDouble = Assert.IsType<List<object?>>(Bsdf.Decode(Bytes("floats32")));
        Assert.Equal((double)4.2f, asDouble[1]);
        var asSingle = Assert.IsType<List<object?>>(Bsdf.Decode(Bytes("floats32"), new BsdfOptions { Float32AsSingle = true }));
        Assert.Equal(4.2f, asSingle[1]);
    }

    internal static BsdfOptions Quiet { get; } = new() { Warning = _ => { } };

    internal static byte[] Bytes(string name) => File.ReadAllBytes(SharedVectors.PathOf(Folder, name + ".bsdf"));

    /// <summary>Replaces lazy handles by the values they stand for.</summary>
    internal static object? Materialize(object? value) => value switch
    {
        BsdfLazyBlob blob => blob.GetBytes(),
        BsdfListStreamReader stream => stream.Select(Materialize).ToList(),
        BsdfMap map => map.Aggregate(new BsdfMap(), (copy, entry) => { copy[entry.Key] = Materialize(entry.Value); return copy; }),
        List<object?> list => list.Select(Materialize).ToList(),
        BsdfExtensionValue tagged => tagged with { Value = Materialize(tagged.Value) },
        _ => value,
    };
}
