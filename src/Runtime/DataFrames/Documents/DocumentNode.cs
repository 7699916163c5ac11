namespace BsdfGen.DataFrames.Documents;

/// <summary>
/// The tree of a column document as both BSDF and BSON carry it (mapping/document, list/array, integer, string,
/// binary), so one converter serves both formats. Nodes read from input know where they started, for errors.
/// </summary>
internal abstract class DocumentNode
{
    /// <summary>The offset of nodes that were not read from any input.</summary>
    public const long NoOffset = -1;

    protected DocumentNode(long offset)
    {
        Offset = offset;
    }

    /// <summary>Where the node starts in the input it was read from, or <see cref="NoOffset"/>.</summary>
    public long Offset { get; }

    /// <summary>What the node is, for error messages (e.g. "a string").</summary>
    public abstract string Description { get; }
}

/// <summary>A mapping (BSDF) or embedded document (BSON): keys in order.</summary>
internal sealed class DocumentMap(long offset = DocumentNode.NoOffset) : DocumentNode(offset)
{
    private Dictionary<string, DocumentNode>? _index;

    public List<KeyValuePair<string, DocumentNode>> Entries { get; } = [];

    public override string Description => "a mapping";

    public DocumentMap Add(string key, DocumentNode value)
    {
        Entries.Add(new(key, value));
        _index = null;
        return this;
    }

    /// <summary>The value of <paramref name="key"/> (the last one when a key is repeated), or null.</summary>
    public DocumentNode? Find(string key)
    {
        if (_index is null)
        {
            _index = new Dictionary<string, DocumentNode>(Entries.Count, StringComparer.Ordinal);
            foreach (var (name, value) in Entries)
            {
                _index[name] = value;
            }
        }

        return _index.GetValueOrDefault(key);
    }
}

/// <summary>A list (BSDF) or array (BSON).</summary>
internal sealed class DocumentList(long offset = DocumentNode.NoOffset) : DocumentNode(offset)
{
    public List<DocumentNode> Items { get; } = [];

    public override string Description => "a list";
}

/// <summary>An integer; <see cref="IsInt64"/> says whether BSON carries it as Int64 rather than Int32.</summary>
internal sealed class DocumentInteger(long value, bool isInt64, long offset = DocumentNode.NoOffset) : DocumentNode(offset)
{
    public long Value { get; } = value;

    public bool IsInt64 { get; } = isInt64;

    public override string Description => "an integer";
}

/// <summary>A string.</summary>
internal sealed class DocumentString(string value, long offset = DocumentNode.NoOffset) : DocumentNode(offset)
{
    public string Value { get; } = value;

    public override string Description => "a string";
}

/// <summary>
/// Binary data (a BSDF blob, a BSON binary): bytes the node holds, or a range of the input it was read from — the
/// decoder gets that input alongside the tree, so reading never copies the compressed bytes. A node the encoder
/// creates is filled once its buffer is compressed.
/// </summary>
internal sealed class DocumentBinary : DocumentNode
{
    private readonly bool _inInput;
    private byte[]? _bytes;
    private int _start;
    private int _length;

    /// <summary>Binary data held by the node.</summary>
    public DocumentBinary(byte[] bytes, long offset = NoOffset)
        : base(offset)
    {
        _bytes = bytes;
        _length = bytes.Length;
    }

    /// <summary>Binary data at <paramref name="start"/> in the input, <paramref name="length"/> bytes long.</summary>
    public DocumentBinary(int start, int length, long offset)
        : base(offset)
    {
        _inInput = true;
        _start = start;
        _length = length;
    }

    private DocumentBinary()
        : base(NoOffset)
    {
    }

    public override string Description => "binary data";

    /// <summary>A node whose bytes come later, through <see cref="Fill"/>.</summary>
    public static DocumentBinary Pending() => new();

    /// <summary>Sets the bytes of a pending node: the first <paramref name="length"/> bytes of <paramref name="buffer"/>.</summary>
    public void Fill(byte[] buffer, int length)
    {
        _bytes = buffer;
        _length = length;
    }

    /// <summary>The bytes; <paramref name="input"/> is what the tree was read from.</summary>
    public ReadOnlySpan<byte> GetBytes(ReadOnlySpan<byte> input) =>
        _inInput ? input.Slice(_start, _length)
        : _bytes is { } bytes ? bytes.AsSpan(0, _length)
        : throw new InvalidOperationException("The buffer has not been compressed yet");
}

/// <summary>Any other value (null, boolean, float): allowed under keys the format does not use.</summary>
internal sealed class DocumentOther(string description, long offset) : DocumentNode(offset)
{
    public override string Description { get; } = description;
}
