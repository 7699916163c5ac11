using System.Buffers.Binary;
using BsdfGen.Blobs;
using BsdfGen.Codecs;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// A blob that was not read yet: its header, and access to its bytes on demand. For an uncompressed
/// blob in a file opened with <see cref="BsdfFileAccess.ReadWrite"/>, the bytes can be overwritten in
/// place (within the allocated space) and the checksum refreshed.
/// </summary>
public sealed class BsdfLazyBlob
{
    private readonly IBlobStorage _storage;
    private readonly BsdfBlobHeader _header;
    private readonly BsdfOptions _options;
    private readonly Memory<byte>? _view;
    private byte[]? _checksum;
    private bool _viewVerified;

    internal BsdfLazyBlob(IBlobStorage storage, BsdfBlobHeader header, BsdfOptions options, Memory<byte>? view = null)
    {
        _view = view;
        _storage = storage;
        _header = header;
        _options = options;
        _checksum = header.Checksum;
        UsedSize = header.UsedSize;
        DataSize = header.DataSize;
    }

    /// <summary>The space reserved for the data.</summary>
    public long AllocatedSize => _header.AllocatedSize;

    /// <summary>The stored bytes (compressed size when compressed); grows when <see cref="Write"/> writes past it.</summary>
    public long UsedSize { get; private set; }

    /// <summary>The size of the data after decompression.</summary>
    public long DataSize { get; private set; }

    /// <summary>The compression of the stored bytes.</summary>
    public BsdfCompression Compression => _header.Compression;

    /// <summary>Whether the blob has a checksum slot.</summary>
    public bool HasChecksum => _header.ChecksumOffset >= 0;

    /// <summary>A copy of the stored MD5 checksum, or null.</summary>
    public byte[]? Checksum => (byte[]?)_checksum?.Clone();

    /// <summary>The number of padding bytes before the data.</summary>
    public int Alignment => _header.Alignment;

    /// <summary>The absolute file offset of the first data byte.</summary>
    public long DataOffset => _header.DataOffset;

    /// <summary>Whether <see cref="Write"/> is allowed: uncompressed, and the file is open for writing.</summary>
    public bool CanWrite => _storage.CanWrite && Compression == BsdfCompression.None;

    /// <summary>Reads, verifies (unless turned off) and decompresses the data.</summary>
    /// <exception cref="BsdfException">The checksum does not match, or the compressed data is corrupt.</exception>
    public byte[] GetBytes()
    {
        var used = new byte[UsedSize];
        _storage.Read(DataOffset, used);
        if (_checksum is not null && _options.VerifyChecksums && !BlobLayout.Checksum(used).AsSpan().SequenceEqual(_checksum))
        {
            throw new BsdfException("Blob checksum (MD5) does not match its data", DataOffset);
        }

        return Compression == BsdfCompression.None
            ? used
            : BlobCodecs.Decompress(Compression, used, DataSize, _options, DataOffset);
    }

    /// <summary>Whether <see cref="GetMemory"/> is a view of a mapped file rather than a copy.</summary>
    public bool IsView => _view is not null;

    /// <summary>
    /// The data without copying when the blob is uncompressed and its file is memory-mapped (see
    /// <see cref="BsdfFile"/>): a view that stays valid while the file is open. Otherwise the bytes are
    /// read and decompressed as by <see cref="GetBytes"/>. A stored checksum is verified first (once),
    /// unless verification is turned off.
    /// </summary>
    public Memory<byte> GetMemory()
    {
        if (_view is not { } view)
        {
            return GetBytes();
        }

        _storage.EnsureAlive();
        if (!_viewVerified && _checksum is not null && _options.VerifyChecksums && !BlobLayout.Checksum(view.Span).AsSpan().SequenceEqual(_checksum))
        {
            throw new BsdfException("Blob checksum (MD5) does not match its data", DataOffset);
        }

        _viewVerified = true;
        return view[..(int)UsedSize];
    }

    /// <summary>Reads raw bytes of an uncompressed blob, starting <paramref name="position"/> bytes into the data.</summary>
    /// <param name="position">Where to start, relative to the first data byte.</param>
    /// <param name="destination">Filled completely; must lie within the used size.</param>
    public void Read(long position, Span<byte> destination)
    {
        if (Compression != BsdfCompression.None)
        {
            throw new InvalidOperationException("Partial reads need an uncompressed blob: use GetBytes()");
        }

        CheckRange(position, destination.Length, UsedSize, "used");
        _storage.Read(DataOffset + position, destination);
    }

    /// <summary>
    /// Overwrites bytes of an uncompressed blob in place, starting <paramref name="position"/> bytes into
    /// the data. Writing past the used size grows it (up to the allocated size) and updates the header.
    /// </summary>
    /// <param name="position">Where to start, relative to the first data byte.</param>
    /// <param name="source">The bytes to write.</param>
    /// <param name="refreshChecksum">Recompute the stored checksum afterwards (when the blob has one).</param>
    public void Write(long position, ReadOnlySpan<byte> source, bool refreshChecksum = true)
    {
        if (!CanWrite)
        {
            throw new InvalidOperationException(Compression != BsdfCompression.None
                ? "Compressed blobs cannot be edited in place"
                : "This blob is read-only: open the file with BsdfFileAccess.ReadWrite to edit it");
        }

        CheckRange(position, source.Length, AllocatedSize, "allocated");
        _storage.Write(DataOffset + position, source);
        var end = position + source.Length;
        if (end > UsedSize)
        {
            WriteSizes(end);
        }

        if (refreshChecksum && HasChecksum)
        {
            UpdateChecksum();
        }
    }

    /// <summary>Recomputes the MD5 of the used bytes and stores it in the header.</summary>
    public void UpdateChecksum()
    {
        if (!HasChecksum)
        {
            throw new InvalidOperationException("This blob was written without a checksum slot");
        }

        var used = new byte[UsedSize];
        _storage.Read(DataOffset, used);
        var checksum = BlobLayout.Checksum(used);
        _storage.Write(_header.ChecksumOffset, checksum);
        _checksum = checksum;
    }

    /// <inheritdoc />
    public override string ToString() => $"lazy blob {UsedSize}/{AllocatedSize} bytes at offset {DataOffset}";

    private static void CheckRange(long position, int length, long limit, string what)
    {
        if (position < 0 || position + length > limit)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Bytes {position}..{position + length} lie outside the {limit} {what} bytes of the blob");
        }
    }

    private void WriteSizes(long used)
    {
        WriteSizeField(_header.UsedSizeOffset, (int)(_header.DataSizeOffset - _header.UsedSizeOffset), used);
        WriteSizeField(_header.DataSizeOffset, _header.DataSizeWidth, used);
        UsedSize = used;
        DataSize = used;
    }

    private void WriteSizeField(long offset, int width, long size)
    {
        Span<byte> field = stackalloc byte[9];
        if (width == 1)
        {
            if (size > BsdfSizeMarkers.MaxSmall)
            {
                throw new InvalidOperationException($"The blob's size fields are one byte wide and cannot hold {size}");
            }

            field[0] = (byte)size;
        }
        else
        {
            field[0] = BsdfSizeMarkers.Long;
            BinaryPrimitives.WriteInt64LittleEndian(field[1..], size);
        }

        _storage.Write(offset, field[..width]);
    }
}
