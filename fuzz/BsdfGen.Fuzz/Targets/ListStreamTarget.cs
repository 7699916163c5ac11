using BsdfGen.Fuzz.Contracts;

namespace BsdfGen.Fuzz.Targets;

/// <summary>The list-stream reader: lazy streams indexed, read and skipped, and typed items read from a stream.</summary>
internal static class ListStreamTarget
{
    private const int MaxTypedItems = 4096;

    public static FuzzTarget Create() => new(
        "stream",
        "BsdfListStreamReader (BuildIndex, ReadAt, enumeration, Skip) and Bsdf.ReadStreamAsync<T>",
        [
            data => ValueWalker.Touch(Bsdf.Decode(new ReadOnlyMemory<byte>(data), FuzzOptions.Lazy)),
            data => ReadTyped<FuzzEvent>(data),
            data => ReadTyped<object?>(data),
        ],
        error => error is BsdfException,
        SampleSeeds.Streams);

    private static void ReadTyped<T>(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var items = Bsdf.ReadStreamAsync<T>(stream, FuzzOptions.Eager).GetAsyncEnumerator();
        try
        {
            for (var count = 0; count < MaxTypedItems && items.MoveNextAsync().AsTask().GetAwaiter().GetResult(); count++)
            {
                ValueWalker.Touch(items.Current);
            }
        }
        finally
        {
            items.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
