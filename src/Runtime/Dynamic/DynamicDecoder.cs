using System.Runtime.CompilerServices;
using BsdfGen.Blobs;
using BsdfGen.Extensions;
using BsdfGen.Limits;
using BsdfGen.Wire;

namespace BsdfGen.Dynamic;

/// <summary>Where the bytes being decoded live, for values that keep referring to them (lazy blobs and streams).</summary>
/// <param name="Memory">The whole input.</param>
/// <param name="Origin">The absolute offset of <c>Memory[0]</c>.</param>
/// <param name="BlobStorage">Where lazy blobs read (and write) their bytes.</param>
/// <param name="IsAlive">Whether the memory is still valid (false once a mapped file was closed).</param>
/// <param name="Mapping">
/// The mapped file the input comes from, or null: uncompressed blobs are then views of its pages, and a document
/// larger than one <see cref="Memory{T}"/> (2 GiB) is read through windows of it.
/// </param>
internal sealed record DecodeSource(ReadOnlyMemory<byte> Memory, long Origin, IBlobStorage BlobStorage, Func<bool>? IsAlive, IO.MappedFile? Mapping = null);

/// <summary>
/// Decodes BSDF into the dynamic model: null, bool, long, double, string, <see cref="List{T}"/>,
/// <see cref="BsdfMap"/>, <c>byte[]</c> (or <see cref="BsdfLazyBlob"/>), and extension values.
/// One instance decodes one document (it tracks whether a stream ended the data).
/// </summary>
internal sealed class DynamicDecoder
{
    private const int MaxPreallocatedItems = 4096;

    // A document in a mapped file is read through a window of it; the reader moves to a new window when fewer than
    // this many bytes are left in the current one and the file goes on (so any value but a blob, which is skipped by
    // moving the window, lies within one window), or to get past a blob that ends beyond it.
    private const int RewindowBelow = 1 << 30;

    private readonly BsdfOptions _options;
    private readonly ExtensionRegistry _extensions;
    private readonly DecodeSource? _source;
    private HashSet<string>? _warnedExtensions;
    private bool _streamEnded;
    private bool _windowed;
    private ReadOnlyMemory<byte> _window;
    private long _windowOrigin;

    public DynamicDecoder(BsdfOptions options, ExtensionRegistry extensions, DecodeSource? source)
    {
        _options = options;
        _extensions = extensions;
        _source = source;
        if (source is not null)
        {
            _window = source.Memory;
            _windowOrigin = source.Origin;
        }
    }

    /// <summary>The options of this decoder.</summary>
    public BsdfOptions Options => _options;

    /// <summary>A typed context with the same options and extensions, for typed reads of stream items.</summary>
    public BsdfContext NewContext() => new(_options, _extensions);

    /// <summary>Reads the header and the root value.</summary>
    public object? DecodeDocument(ref BsdfReader reader)
    {
        // Only the document's own reader moves between windows (stream items are read by a stream reader of its own).
        _windowed = _source?.Mapping is not null;
        using var budget = DecodeBudget.Begin(_options);
        ReadHeader(ref reader, _options);
        if (reader.IsAtEnd)
        {
            BsdfThrow.Truncated("the root value (the file holds only a header)", reader.Position);
        }

        return DecodeValue(ref reader, 0);
    }

    /// <summary>Reads and checks the header, warning about a newer minor version.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BsdfVersion ReadHeader(ref BsdfReader reader, BsdfOptions options)
    {
        var version = reader.ReadHeader();
        if (version.Minor > BsdfVersion.Current.Minor)
        {
            WarnNewerMinorVersion(version, options, reader.Position - 2);
        }

        return version;
    }

    private static void WarnNewerMinorVersion(BsdfVersion version, BsdfOptions options, long offset) =>
        options.Warn(new BsdfWarning(
            BsdfWarningKind.NewerMinorVersion,
            $"Reading a file of version {version}, newer than this implementation's {BsdfVersion.Current}",
            offset));

    /// <summary>Decodes one value at nesting level <paramref name="depth"/>.</summary>
    public object? DecodeValue(ref BsdfReader reader, int depth)
    {
        if (_windowed && reader.Remaining < RewindowBelow && reader.Position + reader.Remaining < _source!.Mapping!.Length)
        {
            MoveWindow(ref reader, reader.Position);
        }

        var start = reader.Position;
        var kind = reader.ReadValueHeader(out var extensionNameUtf8);
        var extensionName = extensionNameUtf8.IsEmpty ? null : BsdfUtf8.Decode(extensionNameUtf8, start + 2);
        var extension = extensionName is null ? null : _extensions.FindByName(extensionName);
        if (extension is IWireExtension wireExtension)
        {
            return wireExtension.ReadBody(ref reader, kind, start, _options, depth);
        }

        object? value = kind switch
        {
            BsdfValueKind.Null => null,
            BsdfValueKind.True => true,
            BsdfValueKind.False => false,
            BsdfValueKind.Int16 => (long)reader.ReadInt16Body(),
            BsdfValueKind.Int64 => reader.ReadInt64Body(),
            BsdfValueKind.Float32 => _options.Float32AsSingle ? (object)reader.ReadFloat32Body() : (double)reader.ReadFloat32Body(),
            BsdfValueKind.Float64 => reader.ReadFloat64Body(),
            BsdfValueKind.String => ReadString(ref reader),
            BsdfValueKind.List => DecodeList(ref reader, depth, start),
            BsdfValueKind.Map => DecodeMap(ref reader, depth, start),
            _ => DecodeBlob(ref reader),
        };

        return extensionName is null ? value : ApplyExtension(extensionName, extension, value, start);
    }

    /// <summary>The nesting allowed inside a stream item.</summary>
    public int MaxItemDepth => _options.MaxDepth - 1;

    /// <summary>
    /// Whether the open-stream item at the reader is complete. An item cut off by the end of the data (a
    /// writer that died, or one still writing) is not, and is reported once as a warning: the complete
    /// items before it are the stream's content.
    /// </summary>
    public bool IsCompleteStreamItem(BsdfReader reader)
    {
        var start = reader.Position;
        try
        {
            reader.SkipValue(MaxItemDepth);
            return true;
        }
        catch (BsdfException error) when (error.IsTruncation)
        {
            _options.Warn(new BsdfWarning(
                BsdfWarningKind.StreamItemCutOff,
                "The last item of an open stream is cut off by the end of the data (an interrupted writer?); it is left out",
                start));
            return false;
        }
    }

    /// <summary>Decodes one item of an open stream, or returns false when it is cut off (see <see cref="IsCompleteStreamItem"/>).</summary>
    public bool TryDecodeStreamItem(ref BsdfReader reader, out object? item)
    {
        item = null;
        if (!IsCompleteStreamItem(reader))
        {
            return false;
        }

        item = DecodeValue(ref reader, 1);
        return true;
    }

    private object DecodeList(ref BsdfReader reader, int depth, long start)
    {
        EnterContainer(depth, start);
        var count = reader.ReadListBody(out var listKind);
        DecodeLimits.CheckCount(_options, count, "list", start);
        if (listKind != BsdfListKind.Regular && _options.LazyStreams && _source is not null)
        {
            if (_windowed)
            {
                // A stream runs to the end of the file: give its reader the longest window there is.
                MoveWindow(ref reader, reader.Position);
            }

            var firstItem = (int)(reader.Position - _windowOrigin);
            reader.SkipToEnd();
            _streamEnded = true;
            var itemDecoder = new DynamicDecoder(_options, _extensions, _source);
            return new BsdfListStreamReader(_window, _windowOrigin, firstItem, listKind, count, itemDecoder, _source.IsAlive);
        }

        var items = new List<object?>((int)Math.Min(count, MaxPreallocatedItems));
        if (listKind == BsdfListKind.OpenStream)
        {
            while (!reader.IsAtEnd && TryDecodeStreamItem(ref reader, out var item))
            {
                DecodeLimits.CheckCount(_options, items.Count + 1L, "list stream", start);
                items.Add(item);
            }

            reader.SkipToEnd();
        }
        else
        {
            for (long i = 0; i < count; i++)
            {
                CheckNoStreamEnded(ref reader);
                items.Add(DecodeValue(ref reader, depth + 1));
            }
        }

        if (listKind != BsdfListKind.Regular)
        {
            _streamEnded = true;
        }

        return items;
    }

    private BsdfMap DecodeMap(ref BsdfReader reader, int depth, long start)
    {
        EnterContainer(depth, start);
        var count = reader.ReadMapBody();
        DecodeLimits.CheckCount(_options, count, "mapping", start);
        var map = new BsdfMap((int)Math.Min(count, MaxPreallocatedItems));
        for (long i = 0; i < count; i++)
        {
            CheckNoStreamEnded(ref reader);
            var keyStart = reader.Position;
            var keyUtf8 = reader.ReadKey();
            DecodeLimits.CheckStringLength(_options, keyUtf8.Length, keyStart);
            var key = BsdfUtf8.Decode(keyUtf8, keyStart);
            map[key] = DecodeValue(ref reader, depth + 1);
        }

        return map;
    }

    private string ReadString(ref BsdfReader reader)
    {
        var start = reader.Position;
        var utf8 = reader.ReadStringBody();
        DecodeLimits.CheckStringLength(_options, utf8.Length, start);
        return BsdfUtf8.Decode(utf8, start);
    }

    /// <summary>Continues reading at <paramref name="position"/> of the mapped file, in a window starting there.</summary>
    private void MoveWindow(ref BsdfReader reader, long position)
    {
        _window = _source!.Mapping!.Window(position);
        _windowOrigin = position;
        reader = new BsdfReader(_window.Span, position);
    }

    private object DecodeBlob(ref BsdfReader reader)
    {
        if (_options.LazyBlobs && _source is not null)
        {
            return DecodeLazyBlob(ref reader, _source);
        }

        var header = reader.ReadBlobBody();
        return BlobContent.Read(ref reader, header, _options);
    }

    private BsdfLazyBlob DecodeLazyBlob(ref BsdfReader reader, DecodeSource source)
    {
        var header = reader.ReadBlobBody(dataMayExtendPastInput: _windowed);
        if (header.EndOffset > reader.Position + reader.Remaining)
        {
            // Only a windowed reader gets here: the data runs past this window.
            if (header.EndOffset > source.Mapping!.Length)
            {
                BsdfThrow.Truncated($"a blob of {header.AllocatedSize} allocated bytes ({source.Mapping.Length - header.DataOffset} bytes remain)", header.DataOffset);
            }

            MoveWindow(ref reader, header.EndOffset);
        }
        else
        {
            reader.SkipBlobData(header);
        }

        Memory<byte>? view = source.Mapping is { } mapping && header.Compression == BsdfCompression.None
            ? mapping.Slice(header.DataOffset, (int)header.UsedSize)
            : default(Memory<byte>?);
        return new BsdfLazyBlob(source.BlobStorage, header, _options, view);
    }

    private object? ApplyExtension(string name, BsdfExtension? extension, object? value, long start)
    {
        if (extension is not null)
        {
            try
            {
                return extension.Decode(value);
            }
            catch (Exception error) when (error is not BsdfException and not OutOfMemoryException)
            {
                throw new BsdfException($"Extension '{name}' could not decode its value: {error.Message}", start, error);
            }
        }

        if ((_warnedExtensions ??= new(StringComparer.Ordinal)).Add(name))
        {
            _options.Warn(new BsdfWarning(
                BsdfWarningKind.UnknownExtension,
                $"No extension '{name}' is registered; the value is kept as its plain {(_options.UnknownExtensions == UnknownExtensionHandling.Preserve ? "value with its name" : "value")}",
                start));
        }

        return _options.UnknownExtensions == UnknownExtensionHandling.Preserve ? new BsdfExtensionValue(name, value) : value;
    }

    private void EnterContainer(int depth, long start)
    {
        if (depth >= _options.MaxDepth)
        {
            BsdfThrow.Invalid($"Nesting is deeper than the maximum depth of {_options.MaxDepth} (BsdfOptions.MaxDepth)", start);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            BsdfThrow.Invalid("Nesting is too deep for the stack", start);
        }
    }

    private void CheckNoStreamEnded(ref BsdfReader reader)
    {
        if (_streamEnded)
        {
            BsdfThrow.Invalid("A list stream must be the last value in the file, but more items follow it", reader.Position);
        }
    }
}
