using System.Runtime.CompilerServices;
using BsdfGen.IO;
using BsdfGen.Limits;

namespace BsdfGen.Threading;

/// <summary>
/// What the serialize and deserialize calls on one thread reuse: the context, the first-pass buffer of
/// <see cref="ExactSizeEncoding"/> and the decode budget. They sit behind one thread-static because each thread-static
/// access is a call into the runtime's TLS lookup on Linux: a small round trip made five of them, now two (one per call).
/// </summary>
internal sealed class ThreadCallState
{
    [ThreadStatic]
    private static ThreadCallState? t_current;

    /// <summary>The calling thread's state.</summary>
    public static ThreadCallState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ?? Create();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ThreadCallState Create() => t_current = new ThreadCallState();

    /// <summary>The context of the last serializer used on this thread (see <c>BsdfSerializer.RentContext</c>).</summary>
    public BsdfContext? Context;

    /// <summary>The first-pass buffer (see <see cref="SizingBufferWriter.Rent"/>).</summary>
    public SizingBufferWriter? SizingWriter;

    /// <summary>The budget of the decoding call running on this thread (see <see cref="DecodeBudget"/>).</summary>
    public DecodeBudget.Account Budget;
}
