using System.Collections;
using BsdfGen.Dynamic;
using BsdfGen.Streams;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// A list stream decoded lazily: items are decoded one at a time as they are asked for. An open
/// stream runs to the end of the data, and an item cut off by the end (a writer that died) ends it;
/// a closed stream holds exactly its count of items. <see cref="Skip"/> passes items without decoding
/// them, and <see cref="BuildIndex"/> records every item's offset for random access.
/// </summary>
public sealed class BsdfListStreamReader : IEnumerable<object?>
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly long _origin;
    private readonly int _firstItem;
    private readonly DynamicDecoder _decoder;
    private readonly StreamItemDecoder _items;
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
        _items = new StreamItemDecoder(decoder);
        _isAlive = isAlive;
    }

    /// <summary>Whether the stream was closed (with a count) or is still open.</summary>
    public BsdfListKind Kind { get; }

    /// <summary>The count written when the stream was closed, or null for an open stream.</summary>
    public long? DeclaredCount { get; }

    /// <summary>The number of items read or skipped so far.</summary>
    public long ItemsRead => _read;

    /// <summary>The absolute offset of the stream's first item.</summary>
    public long FirstItemOffset => _origin + _firstItem;

    /// <summary>Decodes the next item into the dynamic model.</summary>
    /// <param name="item">The item, when there was one.</param>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadNext(out object? item) => TryReadNext<object?>(out item);

    /// <summary>Decodes the next item as <typeparamref name="T"/> (a <c>[BsdfContract]</c> record, or any type with a registered codec).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">The item, when there was one.</param>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadNext<T>(out T item)
    {
        item = default!;
        if (!TryPositionAtNext(out var reader))
        {
            return false;
        }

        item = _items.Decode<T>(ref reader);
        _next += reader.Consumed;
        _read++;
        return true;
    }

    /// <summary>Passes up to <paramref name="count"/> items without decoding them (a skip-scan over their encoded sizes).</summary>
    /// <param name="count">How many items to pass.</param>
    /// <returns>How many were passed (fewer at the end of the stream).</returns>
    public long Skip(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        long skipped = 0;
        while (skipped < count && TrySkipNext(out _))
        {
            skipped++;
        }

        return skipped;
    }

    /// <summary>Decodes every remaining item.</summary>
    public List<object?> ReadToEnd() => ReadToEnd<object?>();

    /// <summary>Decodes every remaining item as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    public List<T> ReadToEnd<T>()
    {
        var items = new List<T>();
        while (TryReadNext<T>(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>
    /// Records the offset of every item from the start of the stream in one skip-scan, so that any item can
    /// then be read in constant time. Does not move this reader.
    /// </summary>
    public BsdfStreamIndex BuildIndex()
    {
        var scan = Restarted();
        var offsets = new List<int>();
        while (true)
        {
            var offset = scan._next;
            if (!scan.TrySkipNext(out _))
            {
                break;
            }

            offsets.Add(offset);
        }

        return new BsdfStreamIndex(this, offsets.ToArray());
    }

    /// <summary>Enumerates the items from the start of the stream (each enumeration decodes them again).</summary>
    public IEnumerator<object?> GetEnumerator()
    {
        var fresh = Restarted();
        while (fresh.TryReadNext(out var item))
        {
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The absolute offset of the first byte of the data this reader reads from.</summary>
    internal long Origin => _origin;

    /// <summary>Decodes the item that starts at <paramref name="offset"/> (an index into the data).</summary>
    internal T ReadItemAt<T>(int offset)
    {
        var reader = ReaderAt(offset);
        return _items.Decode<T>(ref reader);
    }

    private bool TrySkipNext(out int length)
    {
        length = 0;
        if (!TryPositionAtNext(out var reader))
        {
            return false;
        }

        reader.SkipValue(_decoder.MaxItemDepth);
        length = reader.Consumed;
        _next += length;
        _read++;
        return true;
    }

    /// <summary>A reader at the next item, when there is a complete one.</summary>
    private bool TryPositionAtNext(out BsdfReader reader)
    {
        reader = default;
        if (!HasMore())
        {
            return false;
        }

        reader = ReaderAt(_next);
        if (Kind == BsdfListKind.OpenStream && !_decoder.IsCompleteStreamItem(reader))
        {
            _next = _data.Length;
            return false;
        }

        return true;
    }

    private bool HasMore()
    {
        if (_isAlive is not null && !_isAlive())
        {
            throw new ObjectDisposedException(nameof(BsdfFile), "The file this stream belongs to was closed");
        }

        return _next < _data.Length && (DeclaredCount is not { } count || _read < count);
    }

    private BsdfReader ReaderAt(int offset) => new(_data.Span[offset..], _origin + offset);

    private BsdfListStreamReader Restarted() =>
        new(_data, _origin, _firstItem, Kind, DeclaredCount ?? 0, _decoder, _isAlive);
}
