using BsdfGen.Threading;
using BsdfGen.Wire;

namespace BsdfGen.Limits;

/// <summary>
/// The bytes one decoding call may still produce beyond its own input (<see cref="BsdfOptions.MaxDecodedBytes"/>):
/// decompressed blob data and data frame buffers. A decoding call opens a scope on its thread, and every charge on that
/// thread until the scope closes draws on the same budget, so the limit holds for the sum over all blobs, frames and
/// nested extension decodes of the call. A charge outside any scope (a lazy blob read on its own) is checked alone.
/// </summary>
internal static class DecodeBudget
{
    private const long MinimumDefault = 64L << 20;

    /// <summary>
    /// The default budget: half the memory the process may use (its GC heap limit, container limit or physical
    /// memory), so that a decode fails with a <see cref="BsdfException"/> before the runtime runs out of memory.
    /// </summary>
    public static long DefaultLimit { get; } = Math.Max(MinimumDefault, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2);

    /// <summary>Starts the budget of a decoding call, unless the thread is already inside one (a nested decode shares it).</summary>
    public static Scope Begin(BsdfOptions options) => Begin(ThreadCallState.Current, options);

    /// <summary>Starts the budget of a decoding call on the thread whose state is <paramref name="thread"/>.</summary>
    public static Scope Begin(ThreadCallState thread, BsdfOptions options)
    {
        ref var account = ref thread.Budget;
        if (account.Active)
        {
            return default;
        }

        account = new Account { Active = true, Limit = options.MaxDecodedBytes, Remaining = options.MaxDecodedBytes };
        return new Scope(thread);
    }

    /// <summary>Takes <paramref name="bytes"/> from the budget before they are allocated, or throws naming the limit.</summary>
    /// <param name="bytes">The bytes about to be produced.</param>
    /// <param name="options">The options of the call (used when no scope is open).</param>
    /// <param name="what">What is being decoded, for the message.</param>
    /// <param name="offset">Where it starts in the input.</param>
    public static void Charge(long bytes, BsdfOptions options, string what, long offset)
    {
        ref var account = ref ThreadCallState.Current.Budget;
        var (limit, remaining) = account.Active ? (account.Limit, account.Remaining) : (options.MaxDecodedBytes, options.MaxDecodedBytes);
        if (bytes > remaining)
        {
            Throw(bytes, limit, remaining, what, offset);
        }

        if (account.Active)
        {
            account.Remaining = remaining - bytes;
        }
    }

    private static void Throw(long bytes, long limit, long remaining, string what, long offset)
    {
        var message = $"Decoding {what} of {bytes} bytes would exceed the decode budget of {limit} bytes"
            + (remaining < limit ? $" ({limit - remaining} already used)" : string.Empty);
        BsdfThrow.LimitExceeded(message, nameof(BsdfOptions.MaxDecodedBytes), offset);
    }

    /// <summary>A thread's budget: whether a decoding call has opened it, its limit and what is left.</summary>
    internal struct Account
    {
        public bool Active;
        public long Limit;
        public long Remaining;
    }

    /// <summary>Closes the budget of the call that opened it.</summary>
    internal readonly struct Scope(ThreadCallState? owner) : IDisposable
    {
        public void Dispose()
        {
            if (owner is not null)
            {
                owner.Budget.Active = false;
            }
        }
    }
}
