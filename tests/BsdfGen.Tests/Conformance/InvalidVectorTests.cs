using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Conformance;

/// <summary>Hostile and broken inputs fail with a <see cref="BsdfException"/> that names the byte offset.</summary>
public class InvalidVectorTests
{
    private const string Folder = "bsdf/invalid";

    public static IEnumerable<object[]> ErrorCases => SharedVectors.Cases(Folder, item => item.GetProperty("expect").GetString() == "error");

    public static IEnumerable<object[]> AcceptCases => SharedVectors.Cases(Folder, item => item.GetProperty("expect").GetString() == "accept");

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Decoding_fails_with_a_located_BsdfException(string name)
    {
        var bytes = File.ReadAllBytes(SharedVectors.PathOf(Folder, name + ".bsdf"));
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes, CoreVectorTests.Quiet));
        Assert.InRange(error.Offset, 0, Math.Max(bytes.Length, 6));
        Assert.Contains($"at byte {error.Offset}", error.Message);
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Lazy_file_access_fails_the_same_way(string name)
    {
        var path = SharedVectors.PathOf(Folder, name + ".bsdf");
        var error = Record.Exception(() =>
        {
            using var file = BsdfFile.Open(path, options: CoreVectorTests.Quiet);
            CoreVectorTests.Materialize(file.Root);
        });
        Assert.IsType<BsdfException>(error);
    }

    [Theory]
    [MemberData(nameof(AcceptCases))]
    public void Tolerated_oddities_decode(string name)
    {
        var bytes = File.ReadAllBytes(SharedVectors.PathOf(Folder, name + ".bsdf"));
        var error = Record.Exception(() => Bsdf.Decode(bytes, CoreVectorTests.Quiet));
        Assert.Null(error);
    }

    [Fact]
    public void Deep_nesting_limit_is_configurable()
    {
        var bytes = File.ReadAllBytes(SharedVectors.PathOf(Folder, "deep_nesting.bsdf"));
        var error = Assert.Throws<BsdfException>(() => Bsdf.Decode(bytes, new BsdfOptions { MaxDepth = 10 }));
        Assert.Contains("maximum depth of 10", error.Message);
    }
}
