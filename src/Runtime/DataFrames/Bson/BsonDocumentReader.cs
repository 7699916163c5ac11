using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using BsdfGen.DataFrames.Documents;
using BsdfGen.Wire;

namespace BsdfGen.DataFrames.Bson;

/// <summary>
/// Reads BSON into a document tree: documents, arrays, generic binary data (left in the input), strings, Int32 and
/// Int64; doubles, booleans and nulls are kept as placeholders (they may sit under keys the format does not use).
/// Every length is checked against the bytes that hold it; errors name the byte offset.
/// </summary>
internal ref struct BsonDocumentReader
{
    private readonly ReadOnlySpan<byte> _input;
    private readonly int _maxDepth;
    private int _position;

    private BsonDocumentReader(ReadOnlySpan<byte> input, int maxDepth)
    {
        _input = input;
        _maxDepth = maxDepth;
        _position = 0;
    }

    /// <summary>Reads one document that fills <paramref name="input"/> exactly.</summary>
    public static DocumentMap Read(ReadOnlySpan<byte> input, int maxDepth)
    {
        var reader = new BsonDocumentReader(input, maxDepth);
        var document = new DocumentMap(0);
        reader.ReadElements(input.Length, 0, document, null);
        if (reader._position != input.Length)
        {
            throw new BsdfException($"{input.Length - reader._position} bytes follow the BSON document", reader._position);
        }

        return document;
    }

    /// <summary>Reads a document's length and elements into <paramref name="map"/> or <paramref name="list"/>.</summary>
    private void ReadElements(int limit, int depth, DocumentMap? map, DocumentList? list)
    {
        var start = _position;
        if (depth >= _maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BsdfException($"Nesting is deeper than the maximum depth of {_maxDepth} (BsdfOptions.MaxDepth)", start);
        }

        var size = ReadInt32(limit, "a BSON document length");
        if (size < 5 || size > limit - start)
        {
            throw new BsdfException($"The BSON document length {size} is not from 5 to the {limit - start} bytes that remain", start);
        }

        var end = start + size - 1;
        if (_input[end] != 0)
        {
            throw new BsdfException("The BSON document does not end with a zero byte", end);
        }

        while (_position < end)
        {
            var elementStart = _position;
            var type = _input[_position++];
            var key = ReadKey(end);
            var value = ReadValue(type, elementStart, end, depth);
            if (map is not null)
            {
                map.Add(key, value);
            }
            else
            {
                list!.Items.Add(value);
            }
        }

        _position = end + 1;
    }

    private DocumentNode ReadValue(byte type, int elementStart, int end, int depth)
    {
        var start = _position;
        switch (type)
        {
            case BsonTypes.Document:
                var map = new DocumentMap(start);
                ReadElements(end, depth + 1, map, null);
                return map;
            case BsonTypes.Array:
                var list = new DocumentList(start);
                ReadElements(end, depth + 1, null, list);
                return list;
            case BsonTypes.Int32:
                return new DocumentInteger(ReadInt32(end, "an Int32"), isInt64: false, start);
            case BsonTypes.Int64:
                return new DocumentInteger(BinaryPrimitives.ReadInt64LittleEndian(Take(8, end, "an Int64")), isInt64: true, start);
            case BsonTypes.String:
                var length = ReadInt32(end, "a string length");
                if (length < 1 || length > end - _position)
                {
                    throw new BsdfException($"The BSON string length {length} is not from 1 to the {end - _position} bytes that remain", start);
                }

                var utf8 = Take(length, end, "a string");
                if (utf8[^1] != 0)
                {
                    throw new BsdfException("The BSON string does not end with a zero byte", _position - 1);
                }

                return new DocumentString(BsdfUtf8.Decode(utf8[..^1], start + 4), start);
            case BsonTypes.Binary:
                var count = ReadInt32(end, "a binary length");
                var subtype = Take(1, end, "a binary subtype")[0];
                if (count < 0 || count > end - _position)
                {
                    throw new BsdfException($"The BSON binary length {count} is not from 0 to the {end - _position} bytes that remain", start);
                }

                if (subtype != BsonTypes.GenericBinarySubtype)
                {
                    throw new BsdfException($"BSON binary subtype 0x{subtype:X2} is not the generic subtype 0x00 the format uses", start + 4);
                }

                var binary = new DocumentBinary(_position, count, start);
                _position += count;
                return binary;
            case BsonTypes.Double:
                Take(8, end, "a double");
                return new DocumentOther("a float", start);
            case BsonTypes.Boolean:
                Take(1, end, "a boolean");
                return new DocumentOther("a boolean", start);
            case BsonTypes.Null:
                return new DocumentOther("null", start);
            default:
                throw new BsdfException($"Unsupported BSON element type 0x{type:X2}", elementStart);
        }
    }

    private string ReadKey(int end)
    {
        var start = _position;
        var length = _input[start..end].IndexOf((byte)0);
        if (length < 0)
        {
            throw new BsdfException("A BSON key runs past the end of its document", start);
        }

        _position += length + 1;
        return BsdfUtf8.Decode(_input.Slice(start, length), start);
    }

    private int ReadInt32(int end, string what) => BinaryPrimitives.ReadInt32LittleEndian(Take(4, end, what));

    private ReadOnlySpan<byte> Take(int count, int end, string what)
    {
        if (count > end - _position)
        {
            throw new BsdfException($"Unexpected end of the BSON document while reading {what}", _position) { IsTruncation = true };
        }

        var bytes = _input.Slice(_position, count);
        _position += count;
        return bytes;
    }
}
