using System.Collections;
using BsdfGen.Dynamic;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// A list stream decoded lazily: items are decoded one at a time as they are asked for. An open
/// stream runs to the end of the data, and an item cut off by the end (a writer that died) ends it;
/// a closed stream holds exactly its count of items.
/// </summary>
public sealed class BsdfListStreamReader : IEnumerable<object?>
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly long _origin;
    private readonly int _firstItem;
    private readonly DynamicDecoder _decoder;
    private readonly Func<bool>? _isAlive;
    private int _next;
    private long _read;

    internal BsdfListStreamReader(ReadOnlyMemory<byte> data, long origin, int firstItem, BsdfListKind kind, long count, DynamicDecoder decoder, Func<bool>? isAlive)
    {
        _data = data;
        _origin = origin;
        _firstItem = firstItem;
        _next = firstItem;
        Kind = kind;
        DeclaredCount = kind == BsdfListKind.ClosedStream ? count : null;
        _decoder = decoder;
        _isAlive = isAlive;
    }

    /// <summary>Whether the stream was closed (with a count) or is still open.</summary>
    public BsdfListKind Kind { get; }

    /// <summary>The count written when the stream was closed, or null for an open stream.</summary>
    public long? DeclaredCount { get; }

    /// <summary>The number of items read so far.</summary>
    public long ItemsRead => _read;

    /// <summary>Decodes the next item.</summary>
    /// <param name="item">The item, when there was one.</param>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadNext(out object? item)
    {
        if (_isAlive is not null && !_isAlive())
        {
            throw new ObjectDisposedException(nameof(BsdfFile), "The file this stream belongs to was closed");
        }

        item = null;
        if (_next >= _data.Length || (DeclaredCount is { } count && _read >= count))
        {
            return false;
        }

        var reader = new BsdfReader(_data.Span[_next..], _origin + _next);
        if (Kind == BsdfListKind.OpenStream)
        {
            if (!_decoder.TryDecodeStreamItem(ref reader, out item))
            {
                _next = _data.Length;
                return false;
            }
        }
        else
        {
            item = _decoder.DecodeValue(ref reader, 1);
        }

        _next += reader.Consumed;
        _read++;
        return true;
    }

    /// <summary>Decodes every remaining item.</summary>
    public List<object?> ReadToEnd()
    {
        var items = new List<object?>();
        while (TryReadNext(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Enumerates the items from the start of the stream (each enumeration decodes them again).</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        var fresh = new BsdfListStreamReader(_data, _origin, _firstItem, Kind, DeclaredCount ?? 0, _decoder, _isAlive);
        while (fresh.TryReadNext(out var item))
        {
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
