using System.Text;
using BsdfGen.Contracts.Tests.Contracts;
using Xunit;
using static BsdfGen.TestSupport.DeepNesting;

namespace BsdfGen.Contracts.Tests;

/// <summary>
/// Typed paths at a million levels with <c>MaxDepth = int.MaxValue</c>, on the test thread and on a 256 kB stack:
/// skipping an unknown key succeeds, generated readers and writers of a recursive contract fail with a
/// <see cref="BsdfException"/>, never a stack overflow.
/// </summary>
public class DeepNestingTests
{
    private static readonly byte[] Header = "BSDF\u0002\u0002"u8.ToArray();

    private static byte[] Key(string key) => [(byte)key.Length, .. Encoding.UTF8.GetBytes(key)];

    /// <summary>A <see cref="Node"/> whose unknown key <c>x</c> holds a million nested lists.</summary>
    private static byte[] NodeWithDeepUnknownKey() =>
        [.. Header, (byte)'m', 2, .. Key("Name"), (byte)'s', 1, (byte)'a', .. Key("x"), .. NestedListBytes(Levels, "v"u8)];

    /// <summary>A million <see cref="Node"/>s, each the only child of the one before.</summary>
    private static byte[] DeepNodeChain()
    {
        byte[] level = [(byte)'m', 1, .. Key("Children"), (byte)'l', 1];
        var bytes = new byte[Header.Length + level.Length * Levels + 2];
        Header.CopyTo(bytes, 0);
        for (var i = 0; i < Levels; i++)
        {
            level.CopyTo(bytes, Header.Length + i * level.Length);
        }

        bytes[^2] = (byte)'m';
        bytes[^1] = 0;
        return bytes;
    }

    [Fact]
    public void Skipping_a_deep_unknown_value_succeeds() => OnBothStacks(() =>
        Assert.Equal("a", Bsdf.Deserialize<Node>(NodeWithDeepUnknownKey(), AnyDepth).Name));

    [Fact]
    public void Reading_a_deep_recursive_contract_fails_cleanly()
    {
        var chain = DeepNodeChain();
        OnBothStacks(() => Assert.Contains("too deep for the thread's stack", Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Node>(chain, AnyDepth)).Message));
        Assert.Contains("BsdfOptions.MaxDepth", Assert.Throws<BsdfException>(() => Bsdf.Deserialize<Node>(chain)).Message);
    }

    [Fact]
    public void Writing_a_deep_recursive_contract_fails_cleanly() => OnBothStacks(() =>
    {
        var root = new Node { Name = "root" };
        var innermost = root;
        for (var i = 0; i < Levels; i++)
        {
            var child = new Node();
            innermost.Children.Add(child);
            innermost = child;
        }

        Assert.Contains("too deep", Assert.Throws<BsdfException>(() => Bsdf.Serialize(root, AnyDepth)).Message);
        SucceedsOrFailsCleanly(() => Bsdf.Serialize(new List<Node> { root }, AnyDepth));
    });
}
