using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BsdfGen.Blobs;
using BsdfGen.Codecs;
using BsdfGen.IO;

namespace BsdfGen.Wire;

/// <summary>
/// A forward-only writer of the BSDF wire format into an <see cref="IBufferWriter{T}"/>. It buffers
/// the span it was handed and commits it on <see cref="Flush"/>: always call <see cref="Flush"/> when done.
/// </summary>
/// <remarks>
/// A value tagged by an extension is written by calling <see cref="WriteExtensionName"/> first; the
/// next value's type id is then written in upper case, followed by the name.
/// </remarks>
public ref struct BsdfWriter
{
    /// <summary>The least room asked of the output each time the buffer is full.</summary>
    internal const int MinimumBufferSize = 256;
    private const int CopyChunkSize = 1 << 20;

    // Blob data from this size on goes to an IBulkOutput in one piece; the header before it takes at most the second size
    // (type id, extension name, three wide sizes, compression, checksum, alignment padding).
    private const int BulkSize = 16 * 1024;
    private const int MaxBlobHeaderSize = 1 + 1 + 255 + 27 + 2 + 16 + 1 + 255;

    // At most 3 UTF-8 bytes per UTF-16 char, so up to this many chars always fit a one-byte size (250).
    private const int MaxShortStringChars = BsdfSizeMarkers.MaxSmall / 3;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _buffer;
    private int _buffered;
    private long _committed;
    private BsdfExtensionName? _pendingExtension;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="startPosition">
    /// The absolute file offset of the first byte written (0 when the writer writes the header);
    /// blob alignment is computed from it.
    /// </param>
    public BsdfWriter(IBufferWriter<byte> output, long startPosition = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _buffer = default;
        _buffered = 0;
        _committed = startPosition;
        _pendingExtension = null;
    }

    /// <summary>Creates a writer that starts on <paramref name="buffer"/>, which <paramref name="output"/>'s GetSpan just returned.</summary>
    internal BsdfWriter(IBufferWriter<byte> output, Span<byte> buffer)
        : this(output)
    {
        _buffer = buffer;
    }

    /// <summary>
    /// Everything written, when none of it has been handed to the output yet (a writer started at position 0 that never
    /// flushed): the bytes are then all in the current buffer. False once anything has been committed.
    /// </summary>
    internal readonly bool TryGetAllUnflushed(out ReadOnlySpan<byte> written)
    {
        var whole = _committed == 0;
        written = whole ? _buffer[.._buffered] : default;
        return whole;
    }

    /// <summary>The absolute file offset of the next byte to be written.</summary>
    public readonly long Position => _committed + _buffered;

    /// <summary>Writes the header <c>BSDF</c>, 2, 2.</summary>
    public void WriteHeader()
    {
        var span = GetSpan(6);
        "BSDF"u8.CopyTo(span);
        span[4] = BsdfVersion.Current.Major;
        span[5] = BsdfVersion.Current.Minor;
        _buffered += 6;
    }

    /// <summary>Tags the next value with an extension name (its type id is written in upper case).</summary>
    /// <param name="name">The extension name.</param>
    public void WriteExtensionName(BsdfExtensionName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _pendingExtension = name;
    }

    /// <summary>Writes null (<c>v</c>).</summary>
    public void WriteNull() => WriteTypeId(BsdfTypeIds.Null);

    /// <summary>Writes a boolean (<c>y</c> / <c>n</c>).</summary>
    public void WriteBoolean(bool value) => WriteTypeId(value ? BsdfTypeIds.True : BsdfTypeIds.False);

    /// <summary>Writes an integer: <c>h</c> for −32768..32767, otherwise <c>i</c> (as the reference does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteInt64(long value)
    {
        if (_pendingExtension is null)
        {
            // Room for the id and the widest body, checked once (before _buffered is read: making room may flush it).
            var room = RoomSpan(BsdfEncoding.MaxScalarSize);
            _buffered += BsdfEncoding.WriteInt64(room, value);
            return;
        }

        var encoded = default(ScalarBytes);
        WriteTagged(encoded[..BsdfEncoding.WriteInt64(encoded, value)]);
    }

    /// <summary>Writes a 64-bit float (<c>d</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteFloat64(double value)
    {
        if (_pendingExtension is null)
        {
            var room = RoomSpan(BsdfEncoding.MaxScalarSize);
            _buffered += BsdfEncoding.WriteFloat64(room, value);
            return;
        }

        var encoded = default(ScalarBytes);
        WriteTagged(encoded[..BsdfEncoding.WriteFloat64(encoded, value)]);
    }

    /// <summary>Writes a 32-bit float (<c>f</c>).</summary>
    public void WriteFloat32(float value)
    {
        if (_pendingExtension is null)
        {
            var room = RoomSpan(BsdfEncoding.MaxScalarSize);
            _buffered += BsdfEncoding.WriteFloat32(room, value);
            return;
        }

        var encoded = default(ScalarBytes);
        WriteTagged(encoded[..BsdfEncoding.WriteFloat32(encoded, value)]);
    }

    /// <summary>
    /// Room for exactly <paramref name="size"/> bytes of complete values encoded in place (see <see cref="BsdfEncoding"/>):
    /// write them at the start of the span, then take them with <see cref="CommitBytes"/>. Nothing else may be written
    /// in between.
    /// </summary>
    /// <param name="size">The most bytes about to be written.</param>
    /// <exception cref="InvalidOperationException">An extension name is pending (its value must be written with the typed methods).</exception>
    public Span<byte> ReserveBytes(int size)
    {
        if (_pendingExtension is not null)
        {
            throw new InvalidOperationException("An extension name is pending: write its value with the typed methods, which tag it");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return RoomSpan(size);
    }

    /// <summary>Takes the first <paramref name="count"/> bytes written into the span of the last <see cref="ReserveBytes"/>.</summary>
    /// <param name="count">The bytes written there.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or beyond the room reserved.</exception>
    public void CommitBytes(int count)
    {
        if ((uint)count > (uint)(_buffer.Length - _buffered))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "More bytes than were reserved");
        }

        _buffered += count;
    }

    /// <summary>Writes a string (<c>s</c>).</summary>
    public void WriteString(scoped ReadOnlySpan<char> value)
    {
        // A string whose UTF-8 form surely fits a one-byte size: id, size and text encoded in place, in one span.
        if (value.Length <= MaxShortStringChars && _pendingExtension is null)
        {
            // From the first non-ASCII char on, the rest is transcoded behind the ASCII prefix already written.
            var span = GetSpan(2 + (value.Length * 3));
            var rest = 0;
            if (System.Text.Ascii.FromUtf16(value, span[2..], out var written) == OperationStatus.Done
                || System.Text.Unicode.Utf8.FromUtf16(value[written..], span[(2 + written)..], out _, out rest, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                written += rest;
                span[0] = BsdfTypeIds.String;
                span[1] = (byte)written;
                _buffered += 2 + written;
                return;
            }

            // Invalid UTF-16: the general path below reports it.
        }

        WriteTypeId(BsdfTypeIds.String);
        WriteUtf8Sized(value);
    }

    /// <summary>
    /// Writes a string (<c>s</c>) that <paramref name="value"/> formats straight into the output as at most 64 bytes of
    /// UTF-8 (a date, Guid or number in the invariant culture); false, with nothing written, when it does not fit or a
    /// pending extension name asks for the general path.
    /// </summary>
    internal bool TryWriteFormattedString<T>(T value, string? format)
        where T : IUtf8SpanFormattable
    {
        const int MaxLength = 64;
        if (_pendingExtension is null)
        {
            var span = GetSpan(2 + MaxLength);
            if (value.TryFormat(span.Slice(2, MaxLength), out var length, format, System.Globalization.CultureInfo.InvariantCulture))
            {
                span[0] = BsdfTypeIds.String;
                span[1] = (byte)length;
                _buffered += 2 + length;
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes a string (<c>s</c>) given as UTF-8 bytes (not validated).</summary>
    public void WriteStringUtf8(scoped ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= BsdfSizeMarkers.MaxSmall && _pendingExtension is null)
        {
            var span = GetSpan(2 + utf8.Length);
            span[0] = BsdfTypeIds.String;
            span[1] = (byte)utf8.Length;
            utf8.CopyTo(span[2..]);
            _buffered += 2 + utf8.Length;
            return;
        }

        WriteTypeId(BsdfTypeIds.String);
        WriteSize(utf8.Length);
        WriteRaw(utf8);
    }

    /// <summary>Writes the start of a list of <paramref name="count"/> items; the items follow.</summary>
    public void WriteListHeader(long count)
    {
        if ((ulong)count <= BsdfSizeMarkers.MaxSmall && _pendingExtension is null)
        {
            WriteSmallHeader(BsdfTypeIds.List, (int)count);
            return;
        }

        WriteTypeId(BsdfTypeIds.List);
        WriteSize(count);
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as they are: the encoded start of a value, extension tag included (so any pending
    /// extension name is dropped). For encodings fixed at compile time, written in one copy.
    /// </summary>
    internal void WriteVerbatim(scoped ReadOnlySpan<byte> bytes)
    {
        _pendingExtension = null;
        WriteRaw(bytes);
    }

    /// <summary>
    /// <see cref="ReserveBytes"/> for bytes written as they are (as <see cref="WriteVerbatim"/> writes them, so any pending
    /// extension name is dropped), at file offset <see cref="Position"/>.
    /// </summary>
    internal Span<byte> VerbatimSpan(int size)
    {
        _pendingExtension = null;
        return ReserveBytes(size);
    }

    /// <summary>
    /// Writes the start of an open list stream (<c>l</c>, 255, 8 zero bytes). The stream must be the
    /// last value in the file.
    /// </summary>
    /// <returns>The absolute offset of the size marker, where the stream is later closed.</returns>
    public long WriteOpenStreamHeader()
    {
        WriteTypeId(BsdfTypeIds.List);
        var markerPosition = Position;
        var span = GetSpan(9);
        span[0] = BsdfSizeMarkers.OpenStream;
        span.Slice(1, 8).Clear();
        _buffered += 9;
        return markerPosition;
    }

    /// <summary>Writes the start of a mapping of <paramref name="count"/> items; key/value pairs follow.</summary>
    public void WriteMapHeader(long count)
    {
        if ((ulong)count <= BsdfSizeMarkers.MaxSmall && _pendingExtension is null)
        {
            WriteSmallHeader(BsdfTypeIds.Map, (int)count);
            return;
        }

        WriteTypeId(BsdfTypeIds.Map);
        WriteSize(count);
    }

    /// <summary>Writes a mapping key. Keys must not be empty (the reference cannot read them).</summary>
    public void WriteKey(scoped ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            BsdfThrow.Encode("Mapping keys must not be empty: the reference implementation cannot read them");
        }

        WriteUtf8Sized(key);
    }

    /// <summary>Writes a mapping key given as UTF-8 bytes (for precomputed keys).</summary>
    /// <remarks>Inlined, so that for a constant key (generated code passes <c>"name"u8</c>) the checks fold away and the copy is unrolled.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteKeyUtf8(scoped ReadOnlySpan<byte> utf8Key)
    {
        if (utf8Key.Length is > 0 and <= BsdfSizeMarkers.MaxSmall && _buffer.Length - _buffered > utf8Key.Length)
        {
            ref var at = ref Cursor;
            at = (byte)utf8Key.Length;
            utf8Key.CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref at, 1), utf8Key.Length));
            _buffered += 1 + utf8Key.Length;
            return;
        }

        WriteKeyUtf8Slow(utf8Key);
    }

    /// <summary>A plain list or mapping id and its one-byte count, in one span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteSmallHeader(byte id, int count)
    {
        ref var at = ref Room(2);
        at = id;
        Unsafe.Add(ref at, 1) = (byte)count;
        _buffered += 2;
    }

    private void WriteKeyUtf8Slow(scoped ReadOnlySpan<byte> utf8Key)
    {
        if (utf8Key.IsEmpty)
        {
            BsdfThrow.Encode("Mapping keys must not be empty: the reference implementation cannot read them");
        }

        WriteSize(utf8Key.Length);
        WriteRaw(utf8Key);
    }

    /// <summary>Writes a blob (<c>b</c>) holding <paramref name="data"/>.</summary>
    /// <param name="data">The (uncompressed) bytes.</param>
    /// <param name="settings">Compression, checksum, spare space and alignment.</param>
    public void WriteBlob(scoped ReadOnlySpan<byte> data, BsdfBlobSettings settings) => WriteBlob(data, settings, cheapToWriteAgain: true);

    /// <summary>
    /// Writes a blob whose data cost work to produce (a data frame's compressed buffers): a sizing pass that would count it
    /// and have the whole value written again (producing the data again) takes it in full instead.
    /// </summary>
    internal void WriteComputedBlob(scoped ReadOnlySpan<byte> data, BsdfBlobSettings settings) => WriteBlob(data, settings, cheapToWriteAgain: false);

    private void WriteBlob(scoped ReadOnlySpan<byte> data, BsdfBlobSettings settings, bool cheapToWriteAgain)
    {
        if (data.Length <= BsdfSizeMarkers.MaxSmall && _pendingExtension is null && settings.IsDefault)
        {
            var span = GetSpan(data.Length + BlobLayout.SmallDefaultOverhead);
            _buffered += BlobLayout.WriteSmallDefault(span, Position, data);
            return;
        }

        settings.Validate();
        if (settings.Compression == BsdfCompression.None)
        {
            WriteBlobParts(data, data.Length, settings, cheapToWriteAgain);
            return;
        }

        // Compressed here: writing it again would compress it again.
        using var compressed = new PooledBufferWriter(Math.Max(256, data.Length / 2));
        BlobCodecs.Compress(settings.Compression, data, compressed);
        WriteBlobParts(compressed.WrittenSpan, data.Length, settings, cheapToWriteAgain: false);
    }

    /// <summary>Writes a blob with the default settings.</summary>
    public void WriteBlob(scoped ReadOnlySpan<byte> data) => WriteBlob(data, BsdfBlobSettings.Default);

    /// <summary>Writes a blob whose used bytes are already encoded (for example copied from another file).</summary>
    /// <param name="used">The stored (possibly compressed) bytes.</param>
    /// <param name="dataSize">The size after decompression.</param>
    /// <param name="settings">The compression of <paramref name="used"/>, checksum, spare space and alignment.</param>
    public void WriteEncodedBlob(scoped ReadOnlySpan<byte> used, long dataSize, BsdfBlobSettings settings)
    {
        settings.Validate();
        WriteBlobParts(used, dataSize, settings, cheapToWriteAgain: settings.Compression == BsdfCompression.None);
    }

    /// <summary>
    /// Prepares an in-memory output for about <paramref name="size"/> more bytes, so that a large value grows it once
    /// instead of step by step. Other outputs are left alone.
    /// </summary>
    internal void Reserve(long size)
    {
        if (_output is PooledBufferWriter pooled && size > _buffer.Length - _buffered)
        {
            Flush();
            pooled.Reserve(size);
        }
    }

    /// <summary>Commits everything buffered to the output.</summary>
    public void Flush()
    {
        if (_buffered > 0)
        {
            _output.Advance(_buffered);
            _committed += _buffered;
            _buffered = 0;
        }

        _buffer = default;
    }

    private void WriteBlobParts(scoped ReadOnlySpan<byte> used, long dataSize, BsdfBlobSettings settings, bool cheapToWriteAgain)
    {
        long allocated = used.Length + (long)settings.ExtraSize;
        var compression = settings.Compression;
        var bulk = used.Length >= BulkSize ? _output as IBulkOutput : null;
        if (bulk is not null)
        {
            Flush();
            bulk.BeginBulk(allocated, MaxBlobHeaderSize, countable: cheapToWriteAgain);
        }

        WriteTypeId(BsdfTypeIds.Blob);
        if (BlobLayout.UsesWideSizes(allocated, compression))
        {
            WriteWideSize(allocated);
            WriteWideSize(used.Length);
            WriteWideSize(dataSize);
        }
        else
        {
            var sizes = GetSpan(3);
            sizes[0] = (byte)allocated;
            sizes[1] = (byte)used.Length;
            sizes[2] = (byte)dataSize;
            _buffered += 3;
        }

        var head = GetSpan(2 + BlobLayout.ChecksumSize);
        head[0] = (byte)compression;
        if (settings.UseChecksum)
        {
            head[1] = 0xFF;
            if (bulk is not { IsSizing: true })
            {
                // A sizing pass only counts: the checksum is computed when the bytes are written for real.
                BlobLayout.Checksum(used).CopyTo(head[2..]);
            }

            _buffered += 2 + BlobLayout.ChecksumSize;
        }
        else
        {
            head[1] = 0;
            _buffered += 2;
        }

        var padding = compression == BsdfCompression.None ? BlobLayout.Padding(Position, settings.Alignment) : 0;
        var alignment = GetSpan(1 + padding);
        alignment[0] = (byte)padding;
        alignment.Slice(1, padding).Clear();
        _buffered += 1 + padding;
        if (bulk is not null)
        {
            Flush();
            bulk.WriteBulk(used);
            _committed += used.Length;
        }
        else
        {
            WriteBlobData(used);
        }

        WriteZeros(settings.ExtraSize);
    }

    /// <summary>Copies a blob's data into the output in one piece (the output is asked once for room for all of it).</summary>
    private void WriteBlobData(scoped ReadOnlySpan<byte> data)
    {
        if (!data.IsEmpty)
        {
            data.CopyTo(GetSpan(data.Length));
            _buffered += data.Length;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteTypeId(byte lowerCaseId)
    {
        if (_pendingExtension is null)
        {
            Room(1) = lowerCaseId;
            _buffered++;
            return;
        }

        WriteTaggedTypeId(lowerCaseId);
    }

    /// <summary>
    /// Room for one encoded scalar on the stack (not a <c>stackalloc</c>: a method with one is neither inlined nor tiered,
    /// and these writes are inlined into generated code).
    /// </summary>
    [InlineArray(BsdfEncoding.MaxScalarSize)]
    private struct ScalarBytes
    {
        private byte _first;
    }

    /// <summary>Writes an encoded scalar whose type id is tagged with the pending extension name.</summary>
    private void WriteTagged(scoped ReadOnlySpan<byte> encoded)
    {
        WriteTypeId(encoded[0]);
        WriteRaw(encoded[1..]);
    }

    private void WriteTaggedTypeId(byte lowerCaseId)
    {
        var name = _pendingExtension!.Utf8;
        _pendingExtension = null;
        var span = GetSpan(2 + name.Length);
        span[0] = (byte)(lowerCaseId & ~BsdfTypeIds.ExtensionFlag);
        span[1] = (byte)name.Length;
        name.CopyTo(span[2..]);
        _buffered += 2 + name.Length;
    }

    private void WriteSize(long size)
    {
        if (size < 0)
        {
            BsdfThrow.Encode($"Size {size} is negative");
        }

        if (size <= BsdfSizeMarkers.MaxSmall)
        {
            GetSpan(1)[0] = (byte)size;
            _buffered++;
        }
        else
        {
            WriteWideSize(size);
        }
    }

    private void WriteWideSize(long size)
    {
        var span = GetSpan(9);
        span[0] = BsdfSizeMarkers.Long;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], size);
        _buffered += 9;
    }

    private void WriteUtf8Sized(scoped ReadOnlySpan<char> text)
    {
        var maxBytes = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (maxBytes + 9 <= CopyChunkSize)
        {
            // Reserve room for the widest size, encode once, then move the bytes left when the size fits one byte.
            var span = GetSpan(9 + maxBytes);
            var written = BsdfUtf8.Encode(text, span[9..]);

            if (written <= BsdfSizeMarkers.MaxSmall)
            {
                span[0] = (byte)written;
                span.Slice(9, written).CopyTo(span[1..]);
                _buffered += 1 + written;
            }
            else
            {
                span[0] = BsdfSizeMarkers.Long;
                BinaryPrimitives.WriteInt64LittleEndian(span[1..], written);
                _buffered += 9 + written;
            }

            return;
        }

        var utf8 = BsdfUtf8.Encode(text);
        WriteSize(utf8.Length);
        WriteRaw(utf8);
    }

    private void WriteRaw(scoped ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var chunk = Math.Min(data.Length, CopyChunkSize);
            var span = GetSpan(chunk);
            var take = Math.Min(chunk, span.Length);
            data[..take].CopyTo(span);
            _buffered += take;
            data = data[take..];
        }
    }

    private void WriteZeros(long count)
    {
        while (count > 0)
        {
            var span = GetSpan(1);
            var take = (int)Math.Min(count, span.Length);
            span[..take].Clear();
            _buffered += take;
            count -= take;
        }
    }

    /// <summary>
    /// The next byte to write, with room for <paramref name="size"/> bytes behind it: the fast paths check the room
    /// once and write through this (the checks the span would repeat cost as much as the writes of small values).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte Room(int size)
    {
        if (_buffer.Length - _buffered < size)
        {
            Grow(size);
        }

        return ref Cursor;
    }

    /// <summary>The next <paramref name="size"/> bytes to write, as a span (room checked once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> RoomSpan(int size) => MemoryMarshal.CreateSpan(ref Room(size), size);

    /// <summary>The next byte to write; only valid after the room for it was checked.</summary>
    private readonly ref byte Cursor
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), (nint)(uint)_buffered);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> GetSpan(int size)
    {
        Room(size);
        return _buffer[_buffered..];
    }

    private void Grow(int size)
    {
        Flush();
        _buffer = _output.GetSpan(Math.Max(size, MinimumBufferSize));
        if (_buffer.Length < size)
        {
            throw new InvalidOperationException($"The output returned a buffer of {_buffer.Length} bytes for a request of {size}");
        }
    }
}
