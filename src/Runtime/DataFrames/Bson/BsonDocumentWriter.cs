using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using BsdfGen.DataFrames.Documents;
using BsdfGen.Wire;

namespace BsdfGen.DataFrames.Bson;

/// <summary>
/// Writes a document tree as BSON: documents, arrays (keys "0", "1", …), generic binary data, strings, and integers as
/// Int64 where the node says so and otherwise as Int32 when they fit (as pymongo writes Python integers).
/// </summary>
internal sealed class BsonDocumentWriter
{
    private byte[] _buffer = new byte[256];
    private int _length;

    /// <summary>The BSON bytes of <paramref name="document"/>.</summary>
    /// <param name="document">The root document.</param>
    /// <param name="maxDepth">The deepest nesting written.</param>
    public static byte[] Write(DocumentMap document, int maxDepth)
    {
        var writer = new BsonDocumentWriter();
        writer.WriteDocument(document.Entries, 0, maxDepth);
        return writer._buffer.AsSpan(0, writer._length).ToArray();
    }

    private void WriteDocument(IReadOnlyList<KeyValuePair<string, DocumentNode>> elements, int depth, int maxDepth)
    {
        if (depth >= maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BsdfException($"Nesting is deeper than the maximum depth of {maxDepth} (BsdfOptions.MaxDepth)");
        }

        var start = _length;
        Reserve(4);
        foreach (var (key, value) in elements)
        {
            WriteElement(key, value, depth, maxDepth);
        }

        Append([0]);
        var size = _length - start;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(start), size);
    }

    private void WriteElement(string key, DocumentNode value, int depth, int maxDepth)
    {
        switch (value)
        {
            case DocumentMap map:
                WriteHeader(BsonTypes.Document, key);
                WriteDocument(map.Entries, depth + 1, maxDepth);
                break;
            case DocumentList list:
                WriteHeader(BsonTypes.Array, key);
                WriteDocument(list.Items.Select((item, index) => new KeyValuePair<string, DocumentNode>(index.ToString(CultureInfo.InvariantCulture), item)).ToList(), depth + 1, maxDepth);
                break;
            case DocumentInteger { IsInt64: false, Value: >= int.MinValue and <= int.MaxValue } integer:
                WriteHeader(BsonTypes.Int32, key);
                BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), (int)integer.Value);
                break;
            case DocumentInteger integer:
                WriteHeader(BsonTypes.Int64, key);
                BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), integer.Value);
                break;
            case DocumentString text:
                WriteHeader(BsonTypes.String, key);
                var utf8 = BsdfUtf8.Encode(text.Value);
                BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), utf8.Length + 1);
                Append(utf8);
                Append([0]);
                break;
            case DocumentBinary binary:
                WriteHeader(BsonTypes.Binary, key);
                var bytes = binary.GetBytes(default);
                BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), bytes.Length);
                Append([BsonTypes.GenericBinarySubtype]);
                Append(bytes);
                break;
            default:
                throw new BsdfException($"Cannot write {value.Description} as BSON");
        }
    }

    private void WriteHeader(byte type, string key)
    {
        var utf8 = BsdfUtf8.Encode(key);
        if (utf8.AsSpan().Contains((byte)0))
        {
            throw new BsdfException($"The name '{key.Replace("\0", "\\0", StringComparison.Ordinal)}' contains a NUL character, which a BSON key cannot hold");
        }

        Append([type]);
        Append(utf8);
        Append([0]);
    }

    private void Append(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            var needed = (long)_length + count;
            if (needed > Array.MaxLength)
            {
                throw new BsdfException($"The BSON document would exceed {Array.MaxLength} bytes");
            }

            Array.Resize(ref _buffer, (int)Math.Min(Math.Max(needed, 2L * _buffer.Length), Array.MaxLength));
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
