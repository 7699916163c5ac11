namespace BsdfGen.AspNetCore.Tests.Infrastructure;

/// <summary>Exact comparison of contract values (records holding lists compare their lists by reference): equal encodings.</summary>
public static class SameBytes
{
    public static void Equal<T>(T expected, T actual) => Assert.Equal(Bsdf.Serialize(expected), Bsdf.Serialize(actual));
}
