using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BsdfGen;

/// <summary>
/// The decoded form of a BSDF mapping: a string-keyed dictionary that keeps keys in insertion order,
/// so a mapping read and written again keeps its key order. Setting an existing key keeps its place.
/// </summary>
public sealed class BsdfMap : IDictionary<string, object?>, IReadOnlyDictionary<string, object?>
{
    private readonly List<KeyValuePair<string, object?>> _entries;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates an empty mapping.</summary>
    public BsdfMap()
        : this(0)
    {
    }

    /// <summary>Creates an empty mapping with room for <paramref name="capacity"/> items.</summary>
    /// <param name="capacity">The expected number of items.</param>
    public BsdfMap(int capacity)
    {
        _entries = new List<KeyValuePair<string, object?>>(capacity);
        _index = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
    }

    /// <summary>The number of items.</summary>
    public int Count => _entries.Count;

    /// <summary>The keys, in insertion order.</summary>
    public IEnumerable<string> Keys => _entries.Select(entry => entry.Key);

    /// <summary>The values, in insertion order.</summary>
    public IEnumerable<object?> Values => _entries.Select(entry => entry.Value);

    ICollection<string> IDictionary<string, object?>.Keys => Keys.ToList();

    ICollection<object?> IDictionary<string, object?>.Values => Values.ToList();

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    /// <summary>Gets or sets the value of <paramref name="key"/>; setting a new key appends it.</summary>
    /// <param name="key">The key.</param>
    public object? this[string key]
    {
        get => _index.TryGetValue(key, out var position) ? _entries[position].Value : throw new KeyNotFoundException($"The mapping has no key '{key}'");
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            if (_index.TryGetValue(key, out var position))
            {
                _entries[position] = new(key, value);
            }
            else
            {
                _index.Add(key, _entries.Count);
                _entries.Add(new(key, value));
            }
        }
    }

    /// <summary>Adds a new key.</summary>
    /// <param name="key">The key, which must not be present yet.</param>
    /// <param name="value">The value.</param>
    public void Add(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _index.Add(key, _entries.Count);
        _entries.Add(new(key, value));
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => _index.ContainsKey(key);

    /// <summary>Removes a key, keeping the order of the others.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key was present.</returns>
    public bool Remove(string key)
    {
        if (!_index.Remove(key, out var position))
        {
            return false;
        }

        _entries.RemoveAt(position);
        for (var i = position; i < _entries.Count; i++)
        {
            _index[_entries[i].Key] = i;
        }

        return true;
    }

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (_index.TryGetValue(key, out var position))
        {
            value = _entries[position].Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Removes every item.</summary>
    public void Clear()
    {
        _entries.Clear();
        _index.Clear();
    }

    /// <summary>Enumerates the items in insertion order.</summary>
    public List<KeyValuePair<string, object?>>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        _index.TryGetValue(item.Key, out var position) && Equals(_entries[position].Value, item.Value);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        _entries.CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)this).Contains(item) && Remove(item.Key);
}
