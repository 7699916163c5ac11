using BsdfGen.Dynamic;
using BsdfGen.Extensions;
using BsdfGen.Streams;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// Follows a file whose list stream another process is still appending to (like <c>tail -f</c>): each
/// <see cref="ReadNew()"/> returns the items that became complete since the last call, leaving a
/// half-written item for later. Works on open, closed and re-closed streams.
/// </summary>
public sealed class BsdfStreamFollower : IDisposable
{
    private readonly FileStream _file;
    private readonly BsdfOptions _options;
    private readonly ExtensionRegistry _extensions;
    private StreamItemDecoder? _items;
    private StreamLocation? _location;
    private long _next;

    internal BsdfStreamFollower(string path, BsdfOptions options, ExtensionRegistry extensions)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        _options = options;
        _extensions = extensions;
    }

    /// <summary>The number of items returned so far.</summary>
    public long ItemsRead { get; private set; }

    /// <summary>Whether the stream was closed (or made a plain list) and every counted item has been read.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The items completed since the last call, in the dynamic model.</summary>
    public List<object?> ReadNew() => ReadNew<object?>();

    /// <summary>The items completed since the last call, as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    public List<T> ReadNew<T>()
    {
        var items = new List<T>();
        if (IsComplete || !Locate())
        {
            return items;
        }

        var limit = CurrentLimit();
        var length = _file.Length - _next;
        if (length <= 0 || ItemsRead >= limit)
        {
            IsComplete = ItemsRead >= limit;
            return items;
        }

        var buffer = new byte[checked((int)Math.Min(length, Array.MaxLength))];
        var filled = RandomAccess.Read(_file.SafeFileHandle, buffer, _next);
        var position = 0;
        while (ItemsRead < limit && _items!.TryDecode<T>(buffer.AsSpan(position, filled - position), _next + position, out var item, out var consumed))
        {
            items.Add(item);
            position += consumed;
            ItemsRead++;
        }

        _next += position;
        IsComplete = ItemsRead >= limit;
        return items;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    private bool Locate()
    {
        if (_location is not null)
        {
            return true;
        }

        if (_file.Length > Array.MaxLength)
        {
            // More than one array holds: find the stream through a memory map, as BsdfFile reads such files.
            _location = StreamLocator.Locate(_file, _options, _extensions);
        }
        else
        {
            var bytes = new byte[_file.Length];
            var filled = RandomAccess.Read(_file.SafeFileHandle, bytes, 0);
            _location = StreamLocator.Locate(bytes.AsMemory(0, filled), 0, _options, _extensions);
        }

        if (_location is null)
        {
            return false;
        }

        _next = _location.FirstItemOffset;
        _items = new StreamItemDecoder(new DynamicDecoder(_options with { Warning = static _ => { } }, _extensions, null));
        return true;
    }

    /// <summary>The item count the stream allows now: unlimited while open, the recorded count once closed.</summary>
    private long CurrentLimit()
    {
        if (_location!.MarkerOffset < 0)
        {
            return _location.Count;
        }

        Span<byte> marker = stackalloc byte[9];
        RandomAccess.Read(_file.SafeFileHandle, marker, _location.MarkerOffset);
        var (kind, count) = StreamLocator.ReadMarker(marker, _location.MarkerOffset);
        return kind == BsdfListKind.OpenStream ? long.MaxValue : count;
    }
}
