using BsdfGen.Contracts.Tests.Contracts;
using Xunit;

namespace BsdfGen.Contracts.Tests;

/// <summary>Corrupted contract data fails only with <see cref="BsdfException"/>.</summary>
public class MutationFuzzTests
{
    [Fact]
    public void Mutated_contract_data_fails_only_with_BsdfException()
    {
        var payloads = new[]
        {
            Bsdf.Serialize(Samples.Everything()),
            Bsdf.Serialize(Samples.Order()),
            Bsdf.Serialize(new Drawing { Shapes = { new Circle { Radius = 1 }, new Square { Side = 2 } } }),
            Bsdf.Encode(new BsdfMap { ["Money"] = double.NaN, ["Day"] = 5L, ["Letter"] = "", ["Counts"] = new List<object?> { 1e300 } }),
        };
        var random = new Random(12345);
        for (var round = 0; round < 3000; round++)
        {
            var original = payloads[round % payloads.Length];
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 3); flips > 0; flips--)
            {
                bytes[random.Next(6, bytes.Length)] = (byte)random.Next(256);
            }

            var data = random.Next(4) == 0 ? bytes[..random.Next(6, bytes.Length)] : bytes;
            foreach (var decode in new Action[]
            {
                () => Bsdf.Deserialize<Everything>(data),
                () => Bsdf.Deserialize<Order>(data),
                () => Bsdf.Deserialize<Drawing>(data),
            })
            {
                var error = Record.Exception(decode);
                Assert.True(error is null or BsdfException, $"round {round}: {error?.GetType().Name}: {error?.Message}\n{error?.StackTrace}");
            }
        }
    }
}
