using BsdfGen.Tests.Support;
using Xunit;

namespace BsdfGen.Tests.Conformance;

/// <summary>
/// Corrupted versions of the reference files: every decode either succeeds or fails with a
/// <see cref="BsdfException"/> — never another exception, a hang or a crash.
/// </summary>
public class MutationFuzzTests
{
    private static readonly BsdfOptions Quiet = new() { Warning = _ => { } };

    public static IEnumerable<object[]> SmallCases => SharedVectors.Cases("bsdf/core", item => item.GetProperty("size").GetInt32() < 20_000);

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void Mutated_files_fail_only_with_BsdfException(string name)
    {
        var original = File.ReadAllBytes(SharedVectors.PathOf("bsdf", "core", name + ".bsdf"));
        var random = new Random(name.GetHashCode(StringComparison.Ordinal));
        for (var round = 0; round < 300; round++)
        {
            var mutated = Mutate(original, random);
            AssertOnlyBsdfException(() => Bsdf.Decode(mutated, Quiet), name, round);
            AssertOnlyBsdfException(() => CoreVectorTests.Materialize(Bsdf.Decode(mutated.AsMemory(), Quiet with { LazyBlobs = true, LazyStreams = true })), name, round);
            AssertOnlyBsdfException(() => Bsdf.Deserialize<Dictionary<string, object?>>(mutated, Quiet), name, round);
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (var flips = random.Next(1, 4); flips > 0; flips--)
                {
                    bytes[random.Next(6, bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            case 1:
                return bytes[..random.Next(6, bytes.Length)];
            case 2:
                var at = random.Next(6, bytes.Length);
                return [.. bytes[..at], (byte)random.Next(256), .. bytes[at..]];
            default:
                var position = random.Next(6, bytes.Length);
                bytes[position] = (byte)(random.Next(2) == 0 ? 253 : 255);
                return bytes;
        }
    }

    private static void AssertOnlyBsdfException(Action decode, string name, int round)
    {
        var error = Record.Exception(decode);
        Assert.True(error is null or BsdfException, $"{name} mutation {round}: {error?.GetType().Name}: {error?.Message}\n{error?.StackTrace}");
    }
}
