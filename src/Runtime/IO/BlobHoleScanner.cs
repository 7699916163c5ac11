using System.Buffers.Binary;
using BsdfGen.Wire;

namespace BsdfGen.IO;

/// <summary>
/// Reads a document from a seekable stream into a buffer of the stream's length, walking its structure as it goes, and
/// seeks past the payload of each large uncompressed blob instead of reading it (a <see cref="BlobHoles"/> entry). The
/// walk only finds blobs: anything it does not expect (malformed or truncated input, a list stream, deep nesting) ends it,
/// and the rest is read in full, for the reader to decode and report as usual.
/// </summary>
internal ref struct BlobHoleScanner
{
    /// <summary>Blob payloads from this size on are left in the stream.</summary>
    public const int HoleFrom = 64 * 1024;

    private const int ReadSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private readonly BlobHoles _holes;
    private readonly int _maxDepth;
    private int _length;
    private int _filled;
    private int _position;

    private BlobHoleScanner(Stream stream, byte[] buffer, int length, BlobHoles holes, int maxDepth)
    {
        _stream = stream;
        _buffer = buffer;
        _length = length;
        _holes = holes;
        _maxDepth = maxDepth;
    }

    /// <summary>Reads <paramref name="length"/> bytes (fewer if the stream ends first) into <paramref name="buffer"/>, leaving holes; returns the bytes present.</summary>
    public static int Read(Stream stream, byte[] buffer, int length, BlobHoles holes, int maxDepth)
    {
        var scanner = new BlobHoleScanner(stream, buffer, length, holes, maxDepth);
        scanner.Walk();
        scanner.Ensure(scanner._length);
        return scanner._length;
    }

    private void Walk()
    {
        if (!Ensure(6) || !_buffer.AsSpan(0, 4).SequenceEqual("BSDF"u8))
        {
            return;
        }

        _position = 6;
        var pending = new Stack<(long Left, bool IsMap)>();
        if (!Value(pending))
        {
            return;
        }

        while (pending.TryPop(out var level))
        {
            if (level.Left == 0)
            {
                continue;
            }

            pending.Push((level.Left - 1, level.IsMap));
            if ((level.IsMap && !Skip(Size())) || !Value(pending))
            {
                return;
            }
        }
    }

    /// <summary>Walks past one value (a container's items follow as pending); false to end the walk.</summary>
    private bool Value(Stack<(long Left, bool IsMap)> pending)
    {
        if (!Ensure(_position + 1))
        {
            return false;
        }

        var id = _buffer[_position++];
        if (id is >= (byte)'A' and <= (byte)'Z')
        {
            id = (byte)(id | 0x20);
            if (!Skip(Size()))
            {
                return false;
            }
        }

        switch ((char)id)
        {
            case 'v' or 'y' or 'n':
                return true;
            case 'h':
                return Skip(2);
            case 'f':
                return Skip(4);
            case 'i' or 'd':
                return Skip(8);
            case 's':
                return Skip(Size());
            case 'l' or 'm':
                var count = Size();
                if (count < 0 || pending.Count >= _maxDepth)
                {
                    return false;
                }

                pending.Push((count, id == 'm'));
                return true;
            case 'b':
                return Blob();
            default:
                return false;
        }
    }

    private bool Blob()
    {
        var allocated = Size();
        var used = Size();
        var dataSize = Size();
        if (allocated < 0 || used < 0 || dataSize < 0 || !Ensure(_position + 2))
        {
            return false;
        }

        var compression = _buffer[_position];
        var checksum = _buffer[_position + 1];
        if (!Skip(checksum == 0xFF ? 18 : 2) || !Ensure(_position + 1))
        {
            return false;
        }

        var padding = _buffer[_position];
        if (!Skip(1 + padding) || allocated > _length - _position)
        {
            return false;
        }

        var end = _position + (int)allocated;
        if (compression == 0 && checksum == 0 && end - Math.Max(_filled, _position) >= HoleFrom)
        {
            // The stream stands at the first byte not yet read (possibly inside the payload already).
            _holes.Add(Math.Max(_filled, _position), end);
            _stream.Seek(end - _filled, SeekOrigin.Current);
            _filled = end;
            _position = end;
            return true;
        }

        return Skip(allocated);
    }

    /// <summary>Reads a size (one byte, or 253 and eight bytes); -1 for anything else.</summary>
    private long Size()
    {
        if (!Ensure(_position + 1))
        {
            return -1;
        }

        var first = _buffer[_position++];
        if (first <= 250)
        {
            return first;
        }

        if (first != 253 || !Ensure(_position + 8))
        {
            return -1;
        }

        var size = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(_position, 8));
        _position += 8;
        return size;
    }

    private bool Skip(long count)
    {
        if (count < 0 || count > _length - _position || !Ensure(_position + (int)count))
        {
            return false;
        }

        _position += (int)count;
        return true;
    }

    /// <summary>Reads on until the first <paramref name="end"/> bytes are present (in reads of at least 64 KiB); false if the stream ends first.</summary>
    private bool Ensure(int end)
    {
        if (end > _length)
        {
            return false;
        }

        while (_filled < end)
        {
            var read = _stream.Read(_buffer, _filled, (int)Math.Min(_length, Math.Max(end, (long)_filled + ReadSize)) - _filled);
            if (read == 0)
            {
                _length = _filled;
                return false;
            }

            _filled += read;
        }

        return true;
    }
}
