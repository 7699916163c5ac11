using System.Numerics;
using System.Text;
using BsdfGen.Cli.Tests.Infrastructure;

namespace BsdfGen.Cli.Tests;

public sealed class ConvertBsdfTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private object? ConvertBsdfToBsdf()
    {
        Assert.Equal("Wrote out.bsdf\n", _dir.Run("convert", "in.bsdf", "out.bsdf").AssertSuccess());
        return Bsdf.Load(_dir["out.bsdf"]);
    }

    private string ConvertBsdfToJson()
    {
        Assert.Equal("Wrote out.json\n", _dir.Run("convert", "in.bsdf", "out.json").AssertSuccess());
        return File.ReadAllText(_dir["out.json"]);
    }

    [Fact]
    public void Bsdf_to_bsdf_keeps_blobs_and_complex_numbers()
    {
        var payload = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        Bsdf.Save(_dir["in.bsdf"], new List<object?>
        {
            new byte[] { 1, 2, 3 },
            new BsdfBlob(payload, BsdfCompression.Zlib, useChecksum: true),
            new Complex(3, 4),
        });
        var value = Assert.IsType<List<object?>>(ConvertBsdfToBsdf());
        Assert.Equal(new byte[] { 1, 2, 3 }, value[0]);
        Assert.Equal(payload, value[1]);
        Assert.Equal(new Complex(3, 4), value[2]);
    }

    [Fact]
    public void Bsdf_to_bsdf_keeps_float32_values()
    {
        Bsdf.Save(_dir["in.bsdf"], new List<object?> { 1.0, 4.2, -5.6, double.PositiveInfinity }, BsdfOptions.Default with { Float64 = false });
        var value = Assert.IsType<List<object?>>(ConvertBsdfToBsdf());
        Assert.Equal<object?>([1.0, (double)4.2f, (double)-5.6f, double.PositiveInfinity], value);
    }

    [Fact]
    public void Bsdf_to_bsdf_keeps_unknown_extension_tags_silently()
    {
        var original = new List<object?> { "hi", new BsdfExtensionValue("test.foo", new List<object?> { 7L, 42L }), "there" };
        Bsdf.Save(_dir["in.bsdf"], original);
        var value = Assert.IsType<List<object?>>(ConvertBsdfToBsdf());

        var bytes = File.ReadAllBytes(_dir["out.bsdf"]);
        Assert.Equal(File.ReadAllBytes(_dir["in.bsdf"]), bytes);
        Assert.Contains("L\btest.foo", Encoding.Latin1.GetString(bytes));
        var tagged = Assert.IsType<BsdfExtensionValue>(value[1]);
        Assert.Equal("test.foo", tagged.Name);
    }

    [Fact]
    public void Bsdf_to_bsdf_reads_an_open_stream_as_a_list()
    {
        File.WriteAllBytes(_dir["in.bsdf"], OpenStreamFile.Write(_dir["live.bsdf"]));
        var value = ConvertBsdfToBsdf();
        Assert.Equal<object?>([3L, 4L, 5L, new List<object?> { 6L, 7L }], (List<object?>)value!);
    }

    [Fact]
    public void Bsdf_to_bsdf_warns_about_a_cut_off_stream_item()
    {
        WireBytes.Header().List(4).Int16(3).Int16(4).Int16(5).OpenStream().Int16(6).Int16(7).Raw((byte)'s', 9, (byte)'a').Save(_dir["in.bsdf"]);
        var result = _dir.Run("convert", "in.bsdf", "out.bsdf");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("BSDF warning: ", Assert.Single(result.ErrorLines));
        Assert.Equal<object?>([3L, 4L, 5L, new List<object?> { 6L, 7L }], (List<object?>)Bsdf.Load(_dir["out.bsdf"])!);
    }

    [Fact]
    public void Newer_minor_version_warns_once_and_converts()
    {
        WireBytes.Header(minor: 9).List(2).Int16(1).Int16(2).Save(_dir["in.bsdf"]);
        var result = _dir.Run("convert", "in.bsdf", "out.json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2.9", Assert.Single(result.ErrorLines));
        Assert.Equal("[1, 2]", File.ReadAllText(_dir["out.json"]));
    }

    [Fact]
    public void Bsdf_to_json_writes_stand_ins_for_blobs_complex_and_arrays()
    {
        Bsdf.Save(_dir["in.bsdf"], new BsdfMap
        {
            ["blob"] = "hello"u8.ToArray(),
            ["complex"] = new Complex(3, 4),
            ["matrix"] = new int[,] { { 1, 2, 3 }, { 4, 5, 6 } },
            ["floats"] = new[] { 0.5f, 4.2f },
            ["scalar"] = new BsdfNdArray(BsdfDType.Float64, [], BitConverter.GetBytes(2.0)),
            ["empty"] = new BsdfNdArray(BsdfDType.UInt8, [2, 0], Array.Empty<byte>()),
            ["image"] = new BsdfImage(BsdfImageKind.Image2D, BsdfNdArray.FromArray(new byte[,] { { 1, 2 } }), new BsdfMap { ["unit"] = "px" }),
        });
        Assert.Equal(
            "{\"blob\": \"aGVsbG8=\", \"complex\": [3.0, 4.0], \"matrix\": [[1, 2, 3], [4, 5, 6]], \"floats\": [0.5, 4.199999809265137], " +
            "\"scalar\": 2.0, \"empty\": [[], []], \"image\": {\"array\": [[1, 2]], \"meta\": {\"unit\": \"px\"}}}",
            ConvertBsdfToJson());
    }

    [Fact]
    public void Bsdf_to_json_writes_the_plain_value_of_an_unknown_extension_with_a_warning()
    {
        Bsdf.Save(_dir["in.bsdf"], new List<object?>
        {
            new BsdfExtensionValue("test.foo", new List<object?> { 7L, 42L }),
            new BsdfExtensionValue("test.foo", 1L),
        });
        var result = _dir.Run("convert", "in.bsdf", "out.json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Wrote out.json\n", result.Output);
        Assert.Equal("BSDF warning: extension 'test.foo' has no JSON form; its plain value was written", Assert.Single(result.ErrorLines));
        Assert.Equal("[[7, 42], 1]", File.ReadAllText(_dir["out.json"]));
    }
}
