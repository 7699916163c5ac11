using System.Runtime.ExceptionServices;

namespace BsdfGen.TestSupport;

/// <summary>
/// Data nested a million levels deep, and a way to run a check both on the calling thread and on a thread with a
/// 256 kB stack: deep data must be a <see cref="BsdfException"/> or a success there, never a stack overflow (which
/// would kill the test host). Compiled into the runtime and contract test projects.
/// </summary>
internal static class DeepNesting
{
    public const int Levels = 1_000_000;

    public const int SmallStack = 256 * 1024;

    /// <summary>Options that allow any depth, so only the stack can stop the nesting.</summary>
    public static readonly BsdfOptions AnyDepth = BsdfOptions.Default with { MaxDepth = int.MaxValue, Warning = _ => { } };

    /// <summary><paramref name="levels"/> lists each holding the next (<c>l 1</c>), around <paramref name="innermost"/>.</summary>
    public static byte[] NestedListBytes(int levels, ReadOnlySpan<byte> innermost)
    {
        var bytes = new byte[levels * 2 + innermost.Length];
        for (var i = 0; i < levels; i++)
        {
            bytes[2 * i] = (byte)'l';
            bytes[2 * i + 1] = 1;
        }

        innermost.CopyTo(bytes.AsSpan(levels * 2));
        return bytes;
    }

    /// <summary>A whole document: the header and <see cref="NestedListBytes"/>.</summary>
    public static byte[] NestedListDocument(int levels) => [.. "BSDF\u0002\u0002"u8, .. NestedListBytes(levels, "v"u8)];

    /// <summary>Runs <paramref name="check"/> on this thread, then on a new thread with a 256 kB stack.</summary>
    public static void OnBothStacks(Action check)
    {
        check();
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    check();
                }
                catch (Exception error)
                {
                    failure = ExceptionDispatchInfo.Capture(error);
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }

    /// <summary>Whether <paramref name="action"/> succeeds or throws a <see cref="BsdfException"/> (anything else fails the test).</summary>
    public static void SucceedsOrFailsCleanly(Action action)
    {
        try
        {
            action();
        }
        catch (BsdfException error)
        {
            Xunit.Assert.Contains("too deep", error.Message);
        }
    }
}
