using BsdfGen.Tests.Conformance;
using BsdfGen.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace BsdfGen.Tests.Dynamic;

/// <summary>Random value trees survive bytes, streams, files and list streams unchanged.</summary>
public class RoundTripProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static readonly long[] Boundaries =
    [
        0, -1, 1, short.MaxValue, short.MaxValue + 1, short.MinValue, short.MinValue - 1,
        int.MaxValue, (long)int.MaxValue + 1, int.MinValue, long.MaxValue, long.MinValue, 9007199254740991,
    ];

    private static Gen<string> ValidText =>
        ArbMap.Default.GeneratorFor<string>().Where(text => text is not null && !HasLoneSurrogate(text));

    private static Gen<object?> Scalar => Gen.OneOf(
        Gen.Constant<object?>(null),
        ArbMap.Default.GeneratorFor<bool>().Select(value => (object?)value),
        ArbMap.Default.GeneratorFor<long>().Select(value => (object?)value),
        Gen.Elements(Boundaries).Select(value => (object?)value),
        ArbMap.Default.GeneratorFor<double>().Select(value => (object?)value),
        ValidText.Select(value => (object?)value),
        ArbMap.Default.GeneratorFor<byte[]>().Where(bytes => bytes is not null).Select(value => (object?)value));

    private static Gen<object?> Value(int size) => size <= 1
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Gen.ListOf(Value(size / 3)).Select(items => (object?)items.ToList())),
            (1, Gen.ListOf(Gen.Zip(ValidText.Where(key => key.Length > 0), Value(size / 3))).Select(pairs => (object?)ToMap(pairs))));

    private static Arbitrary<object?> Values => Arb.From(Gen.Sized(Value));

    [Fact]
    public void Values_round_trip_through_bytes_and_encode_deterministically()
    {
        Prop.ForAll(Values, value =>
        {
            var bytes = Bsdf.Encode(value);
            var decoded = Bsdf.Decode(bytes);
            DynamicAssert.Equal(value, decoded);
            Assert.Equal(bytes, Bsdf.Encode(decoded));
        }).Check(Runs);
    }

    [Fact]
    public void Values_round_trip_through_streams_and_lazy_memory()
    {
        Prop.ForAll(Values, value =>
        {
            using var memory = new MemoryStream();
            memory.Write([1, 2, 3]);
            Bsdf.Save(memory, value);
            memory.Position = 3;
            DynamicAssert.Equal(value, Bsdf.Decode(memory));
            var lazy = Bsdf.Decode(memory.ToArray().AsMemory(3), new BsdfOptions { LazyBlobs = true });
            DynamicAssert.Equal(value, CoreVectorTests.Materialize(lazy));
        }).Check(Runs);
    }

    [Fact]
    public void Values_round_trip_through_files()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("value.bsdf");
        Prop.ForAll(Values, value =>
        {
            Bsdf.Save(path, value);
            DynamicAssert.Equal(value, Bsdf.Load(path));
            using var file = BsdfFile.Open(path);
            DynamicAssert.Equal(value, CoreVectorTests.Materialize(file.Root));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(50));
    }

    [Fact]
    public void Items_appended_to_a_list_stream_read_back_in_order()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("stream.bsdf");
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Sized(Value)).Select(items => items.ToList())), items =>
        {
            var stream = new BsdfListStream();
            Bsdf.Save(path, new BsdfMap { ["header"] = "run", ["items"] = stream });
            foreach (var item in items)
            {
                stream.Append(item);
            }

            DynamicAssert.Equal(items, ((BsdfMap)Bsdf.Load(path)!)["items"]);
            stream.Dispose();
            DynamicAssert.Equal(items, ((BsdfMap)Bsdf.Load(path)!)["items"]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(50));
    }

    private static BsdfMap ToMap(IEnumerable<(string Key, object? Value)> pairs)
    {
        var map = new BsdfMap();
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }

        return map;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
