namespace BsdfGen;

/// <summary>The offsets of a list stream's items, for reading any item in constant time.</summary>
public sealed class BsdfStreamIndex
{
    private readonly BsdfListStreamReader _stream;
    private readonly int[] _offsets;

    internal BsdfStreamIndex(BsdfListStreamReader stream, int[] offsets)
    {
        _stream = stream;
        _offsets = offsets;
    }

    /// <summary>The number of complete items.</summary>
    public int Count => _offsets.Length;

    /// <summary>The absolute file offset of item <paramref name="index"/>.</summary>
    /// <param name="index">The item number, from 0.</param>
    public long OffsetOf(int index) => _stream.Origin + _offsets[index];

    /// <summary>Decodes item <paramref name="index"/> into the dynamic model.</summary>
    /// <param name="index">The item number, from 0.</param>
    public object? ReadAt(int index) => ReadAt<object?>(index);

    /// <summary>Decodes item <paramref name="index"/> as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="index">The item number, from 0.</param>
    public T ReadAt<T>(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _offsets.Length);
        return _stream.ReadItemAt<T>(_offsets[index]);
    }
}
