using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BsdfGen.IO;

namespace BsdfGen.Wire;

/// <summary>
/// A forward-only reader of the BSDF wire format over contiguous bytes. It never trusts a size: a
/// count or length that the remaining input cannot hold fails before anything is allocated, and
/// every error is a <see cref="BsdfException"/> naming the absolute byte offset.
/// </summary>
/// <remarks>
/// Reading a value is two steps: <see cref="ReadValueHeader(out ReadOnlySpan{byte})"/> reads the type
/// id (and the extension name of an upper-case id), then the matching <c>Read…Body</c> method reads
/// the data. The typed helpers (<see cref="ReadInt64"/>, <see cref="ReadString"/>, …) do both.
/// </remarks>
public ref struct BsdfReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly long _origin;
    private readonly BlobHoles? _holes;
    private int _position;

    /// <summary>
    /// The byte at <paramref name="position"/>, without a bounds check: the fast paths check the range they read once,
    /// then read through this (the checks the span would repeat cost as much as the reads on small values).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ref byte At(int position) => ref Unsafe.Add(ref MemoryMarshal.GetReference(_data), (nint)(uint)position);

    /// <summary>Creates a reader over <paramref name="data"/>.</summary>
    /// <param name="data">The bytes to read.</param>
    /// <param name="origin">The absolute offset of <c>data[0]</c> in the file (used for alignment and error messages).</param>
    public BsdfReader(ReadOnlySpan<byte> data, long origin = 0)
    {
        _data = data;
        _origin = origin;
        _holes = null;
        _position = 0;
    }

    /// <summary>Creates a reader over data whose large blob payloads may still be in a stream (see <see cref="StreamInput"/>).</summary>
    internal BsdfReader(ReadOnlySpan<byte> data, long origin, BlobHoles? holes)
        : this(data, origin)
    {
        _holes = holes;
    }

    /// <summary>Creates a reader over a sequence; a multi-segment sequence is first copied into one buffer.</summary>
    /// <param name="data">The bytes to read.</param>
    /// <param name="origin">The absolute offset of the first byte in the file.</param>
    public BsdfReader(ReadOnlySequence<byte> data, long origin = 0)
        : this(data.IsSingleSegment ? data.FirstSpan : data.ToArray(), origin)
    {
    }

    /// <summary>The absolute offset of the next byte to read.</summary>
    public readonly long Position => _origin + _position;

    /// <summary>The number of bytes consumed from the start of the input.</summary>
    public readonly int Consumed => _position;

    /// <summary>The number of bytes left.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>True when every byte has been read.</summary>
    public readonly bool IsAtEnd => _position >= _data.Length;

    /// <summary>The whole input this reader was created over.</summary>
    internal readonly ReadOnlySpan<byte> Data => _data;

    /// <summary>Reads and checks the 6-byte header.</summary>
    /// <returns>The file's version (a minor version above 2 is returned, not rejected: the caller warns).</returns>
    /// <exception cref="BsdfException">The magic is not <c>BSDF</c> or the major version is not 2.</exception>
    public BsdfVersion ReadHeader()
    {
        // Fast path: "BSDF" read as one little-endian word (a big-endian machine takes the slow path), and this major version.
        const uint Magic = 'B' | ('S' << 8) | ('D' << 16) | ((uint)'F' << 24);
        var position = _position;
        if (Remaining >= 6 && Unsafe.ReadUnaligned<uint>(ref At(position)) == Magic && At(position + 4) == BsdfVersion.Current.Major)
        {
            _position = position + 6;
            return new BsdfVersion(At(position + 4), At(position + 5));
        }

        return ReadHeaderSlow();
    }

    private BsdfVersion ReadHeaderSlow()
    {
        if (Remaining < 6)
        {
            if (Remaining >= 4 && !_data.Slice(_position, 4).SequenceEqual("BSDF"u8))
            {
                BsdfThrow.Invalid("Not a BSDF file: the first four bytes are not 'BSDF'", Position);
            }

            BsdfThrow.Truncated("the 6-byte BSDF header", Position);
        }

        if (!_data.Slice(_position, 4).SequenceEqual("BSDF"u8))
        {
            BsdfThrow.Invalid("Not a BSDF file: the first four bytes are not 'BSDF'", Position);
        }

        var version = new BsdfVersion(_data[_position + 4], _data[_position + 5]);
        if (version.Major != BsdfVersion.Current.Major)
        {
            BsdfThrow.Invalid($"Unsupported BSDF major version {version.Major} (this reader reads version 2)", Position + 4);
        }

        _position += 6;
        return version;
    }

    /// <summary>Returns the kind of the next value without consuming anything.</summary>
    public readonly BsdfValueKind PeekKind()
    {
        if (IsAtEnd)
        {
            BsdfThrow.Truncated("a value", Position);
        }

        return KindOf(_data[_position], Position);
    }

    /// <summary>Reads a type id and, for an upper-case id, the extension name.</summary>
    /// <param name="extensionName">The UTF-8 extension name, or empty for a plain value.</param>
    /// <returns>The base kind of the value whose body follows.</returns>
    public BsdfValueKind ReadValueHeader(out ReadOnlySpan<byte> extensionName)
    {
        if (IsAtEnd)
        {
            BsdfThrow.Truncated("a value", Position);
        }

        var start = Position;
        var id = _data[_position++];
        var kind = KindOf(id, start);
        if (id < 'a')
        {
            if (IsAtEnd)
            {
                BsdfThrow.Truncated("an extension name", Position);
            }

            var size = ReadSize("extension name");
            if (size == 0)
            {
                BsdfThrow.Invalid("Extension name is empty", start + 1);
            }

            extensionName = ReadBytes(size, "an extension name");
        }
        else
        {
            extensionName = default;
        }

        return kind;
    }

    /// <summary>Reads a type id, skipping any extension name.</summary>
    public BsdfValueKind ReadValueHeader() => ReadValueHeader(out _);

    /// <summary>Reads the body of an <c>h</c> value.</summary>
    public short ReadInt16Body() => BinaryPrimitives.ReadInt16LittleEndian(ReadBytes(2, "an int16"));

    /// <summary>Reads the body of an <c>i</c> value.</summary>
    public long ReadInt64Body() => BinaryPrimitives.ReadInt64LittleEndian(ReadBytes(8, "an int64"));

    /// <summary>Reads the body of an <c>f</c> value.</summary>
    public float ReadFloat32Body() => BinaryPrimitives.ReadSingleLittleEndian(ReadBytes(4, "a float32"));

    /// <summary>Reads the body of a <c>d</c> value.</summary>
    public double ReadFloat64Body() => BinaryPrimitives.ReadDoubleLittleEndian(ReadBytes(8, "a float64"));

    /// <summary>Reads the body of an <c>s</c> value as raw UTF-8 (not validated).</summary>
    public ReadOnlySpan<byte> ReadStringBody()
    {
        var size = ReadSize("string");
        return ReadBytes(size, "a string");
    }

    /// <summary>Reads the body of an <c>s</c> value as text, rejecting invalid UTF-8.</summary>
    public string ReadStringBodyAsString()
    {
        var start = Position;
        return BsdfUtf8.Decode(ReadStringBody(), start);
    }

    /// <summary>Reads the length part of a list.</summary>
    /// <param name="kind">Whether the list is regular, a closed stream or an open stream.</param>
    /// <returns>The item count; for an open stream, 0 (items run until the end of the data).</returns>
    public long ReadListBody(out BsdfListKind kind)
    {
        var start = Position;
        if (IsAtEnd)
        {
            BsdfThrow.Truncated("a list size", start);
        }

        var marker = _data[_position];
        if (marker == BsdfSizeMarkers.OpenStream)
        {
            _position++;
            ReadBytes(8, "a stream count");
            kind = BsdfListKind.OpenStream;
            return 0;
        }

        if (marker == BsdfSizeMarkers.ClosedStream)
        {
            _position++;
            var count = BinaryPrimitives.ReadUInt64LittleEndian(ReadBytes(8, "a stream count"));
            kind = BsdfListKind.ClosedStream;
            return CheckCount(count, 1, "list", start);
        }

        kind = BsdfListKind.Regular;
        return CheckCount(ReadSizeUnchecked("list"), 1, "list", start);
    }

    /// <summary>
    /// Reads a plain mapping (<c>m</c>, not tagged) with a one-byte count the remaining input can hold, the common case;
    /// returns false, consuming nothing, for anything else, which the general methods then read and report.
    /// </summary>
    internal bool TryReadSmallMapHeader(out int count) => TryReadSmallHeader(BsdfTypeIds.Map, 2, out count);

    /// <summary>As <see cref="TryReadSmallMapHeader"/>, for a plain regular list (<c>l</c>).</summary>
    internal bool TryReadSmallListHeader(out int count) => TryReadSmallHeader(BsdfTypeIds.List, 1, out count);

    /// <summary>Reads the item count of a mapping.</summary>
    public long ReadMapBody()
    {
        var start = Position;
        return CheckCount(ReadSizeUnchecked("mapping"), 2, "mapping", start);
    }

    /// <summary>Reads a mapping key as raw UTF-8 (not validated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> ReadKey()
    {
        // Fast path: a one-byte size the remaining input covers; anything else is read (and reported) in full.
        var position = _position;
        if ((uint)position < (uint)_data.Length)
        {
            ref var size = ref At(position);
            int small = size;
            if (small <= BsdfSizeMarkers.MaxSmall && small < _data.Length - position)
            {
                _position = position + 1 + small;
                return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref size, 1), small);
            }
        }

        return ReadKeySlow();
    }

    /// <summary>
    /// Reads the next mapping key when it is exactly <paramref name="utf8Key"/> (a key of at most 250 bytes); otherwise
    /// consumes nothing. Generated readers try the keys in the order they are written, one comparison each.
    /// </summary>
    /// <param name="utf8Key">The key expected, as UTF-8.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadKey(scoped ReadOnlySpan<byte> utf8Key)
    {
        var position = _position;
        if (utf8Key.Length <= BsdfSizeMarkers.MaxSmall && (uint)position < (uint)_data.Length && utf8Key.Length < _data.Length - position)
        {
            ref var size = ref At(position);
            if (size == utf8Key.Length && MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref size, 1), utf8Key.Length).SequenceEqual(utf8Key))
            {
                _position = position + 1 + utf8Key.Length;
                return true;
            }
        }

        return false;
    }

    private ReadOnlySpan<byte> ReadKeySlow()
    {
        var size = ReadSize("mapping key");
        return ReadBytes(size, "a mapping key");
    }

    /// <summary>Reads a mapping key as text, rejecting invalid UTF-8.</summary>
    public string ReadKeyAsString()
    {
        var start = Position;
        return BsdfUtf8.Decode(ReadKey(), start);
    }

    /// <summary>
    /// Reads a blob header and its padding, checking it against the remaining input. The reader is
    /// left at the first data byte; call <see cref="ReadBlobData"/> or <see cref="SkipBlobData"/> next.
    /// </summary>
    public BsdfBlobHeader ReadBlobBody() => ReadBlobBody(dataMayExtendPastInput: false);

    /// <summary>
    /// As <see cref="ReadBlobBody()"/>; with <paramref name="dataMayExtendPastInput"/> the data may run past the end
    /// of this reader's input (a window of a larger mapped file), and the caller checks it against the whole file.
    /// </summary>
    internal BsdfBlobHeader ReadBlobBody(bool dataMayExtendPastInput)
    {
        if (TryReadPlainBlobBody(out var plain))
        {
            return plain;
        }

        var start = Position;
        var allocated = ReadBlobSize("blob allocated");
        var usedOffset = Position;
        var used = ReadBlobSize("blob used");
        var dataSizeOffset = Position;
        var dataSize = ReadBlobSize("blob data");
        var dataSizeWidth = (int)(Position - dataSizeOffset);
        var compressionByte = ReadBytes(1, "a blob compression id")[0];
        if (compressionByte > (byte)BsdfCompression.Bz2)
        {
            BsdfThrow.Invalid($"Unknown blob compression id {compressionByte}", Position - 1);
        }

        var compression = (BsdfCompression)compressionByte;
        var checksumFlag = ReadBytes(1, "a blob checksum flag")[0];
        byte[]? checksum = null;
        long checksumOffset = -1;
        if (checksumFlag == 0xFF)
        {
            checksumOffset = Position;
            checksum = ReadBytes(16, "a blob checksum").ToArray();
        }
        else if (checksumFlag != 0)
        {
            BsdfThrow.Invalid($"Invalid blob checksum flag 0x{checksumFlag:X2} (expected 0x00 or 0xFF)", Position - 1);
        }

        int alignment = ReadBytes(1, "a blob alignment")[0];
        if (used > allocated)
        {
            BsdfThrow.Invalid($"Blob used size {used} exceeds its allocated size {allocated}", start);
        }

        if (compression == BsdfCompression.None && dataSize != used)
        {
            BsdfThrow.Invalid($"Uncompressed blob has data size {dataSize} but used size {used}", start);
        }

        if (alignment > Remaining)
        {
            BsdfThrow.Truncated($"blob alignment padding of {alignment} bytes", Position);
        }

        _position += alignment;
        if (!dataMayExtendPastInput && (ulong)allocated > (ulong)Remaining)
        {
            BsdfThrow.Truncated($"a blob of {allocated} allocated bytes ({Remaining} bytes remain)", Position);
        }

        return new BsdfBlobHeader(allocated, used, dataSize, compression, checksum, alignment, usedOffset, dataSizeOffset, dataSizeWidth, checksumOffset, Position);
    }

    /// <summary>
    /// Reads the body of an uncompressed blob without checksum whose data the input holds, as <see cref="ReadBlobBody()"/>
    /// does (it starts here); false, with nothing consumed, for any other blob and anything malformed, which
    /// <see cref="ReadBlobBody()"/> then reads or reports.
    /// </summary>
    internal bool TryReadPlainBlobBody(out BsdfBlobHeader header)
    {
        header = default;
        var at = _position;
        if (!TryPeekSize(ref at, out var allocated))
        {
            return false;
        }

        var usedAt = at;
        if (!TryPeekSize(ref at, out var used))
        {
            return false;
        }

        var dataSizeAt = at;
        if (!TryPeekSize(ref at, out var dataSize) || _data.Length - at < 3)
        {
            return false;
        }

        var dataSizeWidth = at - dataSizeAt;
        int alignment = At(at + 2);
        if (At(at) != (byte)BsdfCompression.None || At(at + 1) != 0 || used > allocated || dataSize != used)
        {
            return false;
        }

        at += 3;
        if (alignment > _data.Length - at || allocated > _data.Length - at - alignment)
        {
            return false;
        }

        at += alignment;
        _position = at;
        header = new BsdfBlobHeader(allocated, used, dataSize, BsdfCompression.None, null, alignment, _origin + usedAt, _origin + dataSizeAt, dataSizeWidth, -1, _origin + at);
        return true;
    }

    /// <summary>A blob size at <paramref name="at"/> (one byte, or 253 and eight bytes, at most <see cref="int.MaxValue"/>), moving past it; false for anything else.</summary>
    private readonly bool TryPeekSize(ref int at, out long size)
    {
        size = -1;
        if ((uint)at >= (uint)_data.Length)
        {
            return false;
        }

        var first = At(at);
        if (first <= BsdfSizeMarkers.MaxSmall)
        {
            size = first;
            at++;
            return true;
        }

        if (first != BsdfSizeMarkers.Long || _data.Length - at < 9)
        {
            return false;
        }

        size = BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(at + 1, 8));
        at += 9;
        return size is >= 0 and <= int.MaxValue;
    }

    /// <summary>Returns the used (possibly compressed) bytes of a blob and moves past its allocated space.</summary>
    public ReadOnlySpan<byte> ReadBlobData(in BsdfBlobHeader header)
    {
        _holes?.Fill(_position, (int)header.UsedSize);
        var used = _data.Slice(_position, (int)header.UsedSize);
        _position += (int)header.AllocatedSize;
        return used;
    }

    /// <summary>Moves to the end of the input (after a stream whose items are read elsewhere).</summary>
    public void SkipToEnd() => _position = _data.Length;

    /// <summary>Moves past a blob's data without looking at it.</summary>
    public void SkipBlobData(in BsdfBlobHeader header)
    {
        // Whoever skips may still look at the data through the whole input, so it must be present.
        _holes?.Fill(_position, (int)header.UsedSize);
        _position += (int)header.AllocatedSize;
    }

    /// <summary>Moves past <paramref name="count"/> bytes the caller has already checked in <see cref="Data"/> (from <see cref="Consumed"/>).</summary>
    internal void SkipVerified(int count) => _position += count;

    /// <summary>Moves past a blob's data, leaving it unread for <see cref="CopyBlobData"/>.</summary>
    internal void SkipBlobDataUnread(in BsdfBlobHeader header) => _position += (int)header.AllocatedSize;

    /// <summary>Copies the used bytes of a blob whose header this reader read into <paramref name="destination"/> (of their length), from a stream if still there.</summary>
    internal readonly void CopyBlobData(in BsdfBlobHeader header, Span<byte> destination)
    {
        var start = (int)(header.DataOffset - _origin);
        if (_holes is null)
        {
            _data.Slice(start, destination.Length).CopyTo(destination);
        }
        else
        {
            _holes.Copy(start, destination);
        }
    }

    /// <summary>Returns true and consumes the value when the next value is null.</summary>
    public bool TryReadNull()
    {
        var position = _position;
        if ((uint)position < (uint)_data.Length && At(position) == BsdfTypeIds.Null)
        {
            _position = position + 1;
            return true;
        }

        return false;
    }

    /// <summary>Reads a boolean (<c>y</c> or <c>n</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ReadBoolean()
    {
        var position = _position;
        if ((uint)position < (uint)_data.Length)
        {
            var id = At(position);
            if (id is BsdfTypeIds.True or BsdfTypeIds.False)
            {
                _position = position + 1;
                return id == BsdfTypeIds.True;
            }
        }

        return ReadBooleanSlow();
    }

    private bool ReadBooleanSlow()
    {
        var start = Position;
        return ReadValueHeader() switch
        {
            BsdfValueKind.True => true,
            BsdfValueKind.False => false,
            var other => BsdfThrow.Invalid<bool>($"Expected a boolean but found {other}", start),
        };
    }

    /// <summary>Reads an integer written as <c>h</c> or <c>i</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReadInt64() => TryReadPlainInt64(out var value) ? value : ReadInt64Slow();

    /// <summary>Reads a plain <c>h</c> or <c>i</c> whose whole body is present; false, with nothing consumed, for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryReadPlainInt64(out long value)
    {
        var position = _position;
        if ((uint)position < (uint)_data.Length)
        {
            ref var id = ref At(position);
            if (id == BsdfTypeIds.Int16 && _data.Length - position >= 3)
            {
                _position = position + 3;
                value = BinaryPrimitives.ReadInt16LittleEndian(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref id, 1), 2));
                return true;
            }

            if (id == BsdfTypeIds.Int64 && _data.Length - position >= 9)
            {
                _position = position + 9;
                value = BinaryPrimitives.ReadInt64LittleEndian(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref id, 1), 8));
                return true;
            }
        }

        value = 0;
        return false;
    }

    private long ReadInt64Slow()
    {
        var start = Position;
        return ReadValueHeader() switch
        {
            BsdfValueKind.Int16 => ReadInt16Body(),
            BsdfValueKind.Int64 => ReadInt64Body(),
            var other => BsdfThrow.Invalid<long>($"Expected an integer but found {other}", start),
        };
    }

    /// <summary>Reads a number (<c>d</c>, <c>f</c>, <c>h</c> or <c>i</c>) as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double ReadDouble()
    {
        // Fast path: a plain d with its whole body present.
        var position = _position;
        if ((uint)position < (uint)_data.Length && At(position) == BsdfTypeIds.Float64 && _data.Length - position >= 9)
        {
            _position = position + 9;
            return BinaryPrimitives.ReadDoubleLittleEndian(MemoryMarshal.CreateReadOnlySpan(ref At(position + 1), 8));
        }

        return ReadDoubleSlow();
    }

    private double ReadDoubleSlow()
    {
        var start = Position;
        return ReadValueHeader() switch
        {
            BsdfValueKind.Float64 => ReadFloat64Body(),
            BsdfValueKind.Float32 => ReadFloat32Body(),
            BsdfValueKind.Int16 => ReadInt16Body(),
            BsdfValueKind.Int64 => ReadInt64Body(),
            var other => BsdfThrow.Invalid<double>($"Expected a number but found {other}", start),
        };
    }

    /// <summary>
    /// The UTF-8 body of a plain string with a one-byte size that the input holds, without moving; false (and nothing
    /// read) for anything else. <see cref="SkipPeekedString"/> then moves past it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly bool TryPeekShortString(out ReadOnlySpan<byte> utf8)
    {
        var position = _position;
        if ((uint)(position + 1) < (uint)_data.Length && At(position) == BsdfTypeIds.String)
        {
            int size = At(position + 1);
            if (size <= BsdfSizeMarkers.MaxSmall && size <= _data.Length - position - 2)
            {
                utf8 = MemoryMarshal.CreateReadOnlySpan(ref At(position + 2), size);
                return true;
            }
        }

        utf8 = default;
        return false;
    }

    /// <summary>Moves past the string <see cref="TryPeekShortString"/> returned.</summary>
    internal void SkipPeekedString(ReadOnlySpan<byte> utf8) => _position += 2 + utf8.Length;

    /// <summary>Reads a string, or null for <c>v</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? ReadString()
    {
        // Fast path: a plain s with a one-byte size the remaining input covers.
        if (TryPeekShortString(out var utf8))
        {
            var sizeOffset = Position + 1;
            SkipPeekedString(utf8);
            return BsdfUtf8.Decode(utf8, sizeOffset);
        }

        return ReadStringSlow();
    }

    private string? ReadStringSlow()
    {
        if (TryReadNull())
        {
            return null;
        }

        var start = Position;
        var kind = ReadValueHeader();
        if (kind != BsdfValueKind.String)
        {
            BsdfThrow.Invalid($"Expected a string but found {kind}", start);
        }

        return ReadStringBodyAsString();
    }

    /// <summary>Skips one complete value, nesting at most <paramref name="maxDepth"/> levels.</summary>
    /// <param name="maxDepth">The deepest nesting allowed below this value.</param>
    /// <remarks>
    /// Iterative: the items left in each open container are kept on a stack of their own (on the heap beyond
    /// <see cref="InlineSkipLevels"/> levels, two bytes of input each at least), so no nesting exhausts the thread's stack.
    /// </remarks>
    public void SkipValue(int maxDepth)
    {
        Span<long> itemsLeft = stackalloc long[InlineSkipLevels];
        Span<byte> kinds = stackalloc byte[InlineSkipLevels];
        long[]? rentedItems = null;
        byte[]? rentedKinds = null;
        var depth = 0;
        while (true)
        {
            if (depth > maxDepth)
            {
                BsdfThrow.Invalid("Nesting is deeper than the allowed maximum depth", Position);
            }

            var container = SkipScalarOrOpen(out var items, out var kind);
            if (container)
            {
                if (depth == itemsLeft.Length)
                {
                    Grow(ref itemsLeft, ref rentedItems);
                    Grow(ref kinds, ref rentedKinds);
                }

                itemsLeft[depth] = items;
                kinds[depth] = kind;
                depth++;
            }

            // Move to the next item of the innermost open container, closing those that are done.
            while (true)
            {
                if (depth == 0)
                {
                    ReturnRented(rentedItems, rentedKinds);
                    return;
                }

                var level = depth - 1;
                if (kinds[level] == SkipOpenStream ? !IsAtEnd : itemsLeft[level]-- > 0)
                {
                    if (kinds[level] == SkipMap)
                    {
                        ReadKey();
                    }

                    break;
                }

                depth--;
            }
        }
    }

    private const int InlineSkipLevels = 32;
    private const byte SkipList = 0;
    private const byte SkipMap = 1;
    private const byte SkipOpenStream = 2;

    /// <summary>Skips a value that holds no others, or reads a container's header and returns true with its item count.</summary>
    private bool SkipScalarOrOpen(out long items, out byte kind)
    {
        items = 0;
        kind = SkipList;
        switch (ReadValueHeader())
        {
            case BsdfValueKind.Int16:
                ReadBytes(2, "an int16");
                return false;
            case BsdfValueKind.Int64:
            case BsdfValueKind.Float64:
                ReadBytes(8, "a number");
                return false;
            case BsdfValueKind.Float32:
                ReadBytes(4, "a float32");
                return false;
            case BsdfValueKind.String:
                ReadStringBody();
                return false;
            case BsdfValueKind.List:
                items = ReadListBody(out var listKind);
                kind = listKind == BsdfListKind.OpenStream ? SkipOpenStream : SkipList;
                return true;
            case BsdfValueKind.Map:
                items = ReadMapBody();
                kind = SkipMap;
                return true;
            case BsdfValueKind.Blob:
                var header = ReadBlobBody();
                SkipBlobData(header);
                return false;
            default:
                return false;
        }
    }

    private static void Grow<T>(ref Span<T> levels, ref T[]? rented)
    {
        var larger = ArrayPool<T>.Shared.Rent(levels.Length * 2);
        levels.CopyTo(larger);
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }

        rented = larger;
        levels = larger;
    }

    private static void ReturnRented(long[]? items, byte[]? kinds)
    {
        if (items is not null)
        {
            ArrayPool<long>.Shared.Return(items);
            ArrayPool<byte>.Shared.Return(kinds!);
        }
    }

    /// <summary>A plain container header with a one-byte count whose items the remaining input can hold; consumes nothing otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryReadSmallHeader(byte typeId, int minBytesPerItem, out int count)
    {
        var position = _position;
        if ((uint)(position + 1) < (uint)_data.Length && At(position) == typeId)
        {
            int items = At(position + 1);
            if (items <= BsdfSizeMarkers.MaxSmall && items * minBytesPerItem <= _data.Length - position - 2)
            {
                _position = position + 2;
                count = items;
                return true;
            }
        }

        count = 0;
        return false;
    }

    private static BsdfValueKind KindOf(byte id, long offset)
    {
        var lower = id is >= (byte)'A' and <= (byte)'Z' ? (byte)(id | BsdfTypeIds.ExtensionFlag) : id;
        return lower switch
        {
            BsdfTypeIds.Null => BsdfValueKind.Null,
            BsdfTypeIds.True => BsdfValueKind.True,
            BsdfTypeIds.False => BsdfValueKind.False,
            BsdfTypeIds.Int16 => BsdfValueKind.Int16,
            BsdfTypeIds.Int64 => BsdfValueKind.Int64,
            BsdfTypeIds.Float32 => BsdfValueKind.Float32,
            BsdfTypeIds.Float64 => BsdfValueKind.Float64,
            BsdfTypeIds.String => BsdfValueKind.String,
            BsdfTypeIds.List => BsdfValueKind.List,
            BsdfTypeIds.Map => BsdfValueKind.Map,
            BsdfTypeIds.Blob => BsdfValueKind.Blob,
            _ => BsdfThrow.Invalid<BsdfValueKind>(DescribeUnknownId(id), offset),
        };
    }

    private static string DescribeUnknownId(byte id) =>
        id is >= 0x20 and < 0x7F
            ? $"Unknown type identifier '{(char)id}' (0x{id:X2})"
            : $"Unknown type identifier 0x{id:X2}";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> ReadBytes(int count, string what)
    {
        if ((uint)count > (uint)(_data.Length - _position))
        {
            BsdfThrow.Truncated(what, Position);
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    /// <summary>Reads a size that must be backed by that many remaining bytes (strings, keys, names).</summary>
    private int ReadSize(string what)
    {
        var start = Position;
        var size = ReadSizeUnchecked(what);
        if ((ulong)size > (ulong)Remaining)
        {
            BsdfThrow.Truncated($"the {what} of {size} bytes ({Remaining} bytes remain)", start);
        }

        return (int)size;
    }

    private long ReadSizeUnchecked(string what)
    {
        var start = Position;
        if (IsAtEnd)
        {
            BsdfThrow.Truncated($"the {what} size", start);
        }

        var first = _data[_position++];
        if (first <= BsdfSizeMarkers.MaxSmall)
        {
            return first;
        }

        if (first != BsdfSizeMarkers.Long)
        {
            BsdfThrow.Invalid(first is 251 or 252
                ? $"Reserved size byte {first} in the {what} size"
                : $"Stream size byte {first} is only allowed for lists, not in the {what} size", start);
        }

        if (Remaining < 8)
        {
            BsdfThrow.Truncated($"the {what} size", start);
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(_data.Slice(_position, 8));
        _position += 8;
        if (value > long.MaxValue)
        {
            BsdfThrow.Invalid($"The {what} size {value} is too large", start);
        }

        return (long)value;
    }

    private long ReadBlobSize(string field)
    {
        var start = Position;
        var size = ReadSizeUnchecked(field);
        if (size > int.MaxValue)
        {
            BsdfThrow.Invalid($"The {field} size of {size} bytes is larger than a .NET buffer can hold", start);
        }

        return size;
    }

    private readonly long CheckCount(ulong count, int minBytesPerItem, string what, long start)
    {
        // count > floor(remaining / min) exactly when count * min > remaining; multiply while that cannot overflow.
        if (count <= int.MaxValue ? count * (ulong)minBytesPerItem > (ulong)Remaining : count > (ulong)(Remaining / minBytesPerItem))
        {
            BsdfThrow.Truncated($"the {what} of {count} items ({Remaining} bytes remain)", start);
        }

        return (long)count;
    }

    private readonly long CheckCount(long count, int minBytesPerItem, string what, long start) =>
        CheckCount((ulong)count, minBytesPerItem, what, start);
}
