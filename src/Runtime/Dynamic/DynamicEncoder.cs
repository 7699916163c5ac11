using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using BsdfGen.Extensions;
using BsdfGen.Typed;
using BsdfGen.Wire;

namespace BsdfGen.Dynamic;

/// <summary>
/// Encodes the dynamic model (and any .NET value an extension or a collection interface covers) as
/// BSDF. One instance encodes one document: it remembers the <see cref="BsdfListStream"/> it met,
/// which must be the last value written.
/// </summary>
internal sealed class DynamicEncoder
{
    private readonly BsdfOptions _options;
    private readonly ExtensionRegistry _extensions;
    private readonly BsdfBlobSettings _blobSettings;
    private long _streamEnd = -1;
    private BsdfContext? _context;

    public DynamicEncoder(BsdfOptions options, ExtensionRegistry extensions, BsdfContext? context = null)
    {
        _options = options;
        _extensions = extensions;
        _blobSettings = options.DefaultBlobSettings;
        _context = context;
    }

    /// <summary>The typed context, for values written by the typed codecs (contracts, dates, …).</summary>
    private BsdfContext Context => _context ??= new BsdfContext(_options, _extensions);

    /// <summary>The list stream met while encoding, if any.</summary>
    public BsdfListStream? Stream { get; private set; }

    /// <summary>The absolute offset of the stream's size marker.</summary>
    public long StreamMarkerPosition { get; private set; } = -1;

    /// <summary>Writes the header and <paramref name="value"/>.</summary>
    public void EncodeDocument(ref BsdfWriter writer, object? value)
    {
        writer.WriteHeader();
        EncodeValue(ref writer, value, 0, fromExtension: false);
        if (Stream is not null && writer.Position != _streamEnd)
        {
            throw new BsdfException("A BsdfListStream must be the last value in the data: nothing may follow it");
        }
    }

    /// <summary>Writes a value nested <paramref name="depth"/> levels deep inside a typed contract.</summary>
    public void EncodeNested(ref BsdfWriter writer, object? value, int depth)
    {
        EncodeValue(ref writer, value, depth, fromExtension: false);
        if (Stream is not null)
        {
            throw new BsdfException("A BsdfListStream cannot be written inside a typed contract");
        }
    }

    private void EncodeValue(ref BsdfWriter writer, object? value, int depth, bool fromExtension)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                return;
            case bool boolean:
                writer.WriteBoolean(boolean);
                return;
            case string text:
                writer.WriteString(text);
                return;
            case long number:
                writer.WriteInt64(number);
                return;
            case int number:
                writer.WriteInt64(number);
                return;
            case double number:
                WriteFloat(ref writer, number);
                return;
            case float number:
                WriteFloat(ref writer, number);
                return;
            case short number:
                writer.WriteInt64(number);
                return;
            case sbyte number:
                writer.WriteInt64(number);
                return;
            case byte number:
                writer.WriteInt64(number);
                return;
            case ushort number:
                writer.WriteInt64(number);
                return;
            case uint number:
                writer.WriteInt64(number);
                return;
            case ulong number:
                writer.WriteInt64(number <= long.MaxValue
                    ? (long)number
                    : throw new BsdfException($"The integer {number} does not fit in BSDF's signed 64 bits"));
                return;
            case Half number:
                WriteFloat(ref writer, (double)number);
                return;
            case decimal number:
                writer.WriteString(number.ToString(CultureInfo.InvariantCulture));
                return;
            case char character:
                writer.WriteString([character]);
                return;
            case DateTime dateTime:
                DateTimeCodec.Write(ref writer, dateTime, Context);
                return;
            case DateTimeOffset dateTimeOffset:
                DateTimeOffsetCodec.Write(ref writer, dateTimeOffset, Context);
                return;
            case DateOnly date:
                DateOnlyCodec.Write(ref writer, date, Context);
                return;
            case TimeOnly time:
                TimeOnlyCodec.Write(ref writer, time, Context);
                return;
            case TimeSpan span:
                TimeSpanCodec.Write(ref writer, span, Context);
                return;
            case Guid guid:
                GuidCodec.Write(ref writer, guid, Context);
                return;
            case Enum enumValue:
                writer.WriteInt64(EnumToInt64(enumValue));
                return;
            case byte[] bytes when bytes.GetType() == typeof(byte[]):
                // The runtime lets an sbyte[] pass as byte[]; only a true byte[] is a blob.
                writer.WriteBlob(bytes, _blobSettings);
                return;
            case ReadOnlyMemory<byte> memory:
                writer.WriteBlob(memory.Span, _blobSettings);
                return;
            case Memory<byte> memory:
                writer.WriteBlob(memory.Span, _blobSettings);
                return;
            case ArraySegment<byte> segment:
                writer.WriteBlob(segment, _blobSettings);
                return;
            case BsdfBlob blob:
                writer.WriteBlob(blob.Data.Span, blob.Settings);
                return;
            case BsdfLazyBlob lazy:
                writer.WriteBlob(lazy.GetBytes(), new BsdfBlobSettings
                {
                    Compression = lazy.Compression,
                    UseChecksum = lazy.HasChecksum,
                    ExtraSize = (int)(lazy.AllocatedSize - lazy.UsedSize),
                    Alignment = _blobSettings.Alignment,
                });
                return;
            case BsdfListStream stream:
                BeginStream(ref writer, stream);
                return;
            case BsdfExtensionValue tagged:
                writer.WriteExtensionName(BsdfExtensionName.Get(tagged.Name));
                EncodeValue(ref writer, tagged.Value, depth, fromExtension: true);
                return;
            case IBsdfWritable contract:
                contract.WriteBsdf(ref writer, Context);
                return;
        }

        if (!fromExtension && _extensions.FindFor(value) is { } extension)
        {
            if (extension is IWireExtension wireExtension)
            {
                wireExtension.Write(ref writer, value, _options, depth);
                return;
            }

            var basic = extension.Encode(value);
            writer.WriteExtensionName(extension.ExtensionName);
            EncodeValue(ref writer, basic, depth, fromExtension: true);
            return;
        }

        switch (value)
        {
            case IDictionary<string, object?> map:
                EncodeMap(ref writer, map, map.Count, depth);
                return;
            case IReadOnlyDictionary<string, object?> map:
                EncodeMap(ref writer, map, map.Count, depth);
                return;
            case IDictionary map:
                EnterContainer(depth);
                writer.WriteMapHeader(map.Count);
                foreach (DictionaryEntry entry in map)
                {
                    writer.WriteKey(entry.Key as string ?? throw new BsdfException(
                        $"Mapping keys must be strings, not {entry.Key.GetType()}"));
                    EncodeValue(ref writer, entry.Value, depth + 1, fromExtension: false);
                }

                return;
            case BsdfListStreamReader lazyStream:
                EncodeList(ref writer, lazyStream.ToList(), depth);
                return;
            case ICollection collection:
                EncodeList(ref writer, collection, depth);
                return;
            case IEnumerable sequence:
                EncodeList(ref writer, sequence.Cast<object?>().ToList(), depth);
                return;
        }

        throw new BsdfException(
            $"Cannot encode a value of type {value.GetType()}: it is not a BSDF type, no extension matches it, and it is not a collection");
    }

    private static long EnumToInt64(Enum value)
    {
        try
        {
            return Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new BsdfException($"The {value.GetType().Name} value {value} does not fit in BSDF's signed 64 bits");
        }
    }

    private void EncodeMap(ref BsdfWriter writer, IEnumerable<KeyValuePair<string, object?>> entries, int count, int depth)
    {
        EnterContainer(depth);
        writer.WriteMapHeader(count);
        foreach (var (key, item) in entries)
        {
            writer.WriteKey(key);
            EncodeValue(ref writer, item, depth + 1, fromExtension: false);
        }
    }

    private void EncodeList(ref BsdfWriter writer, ICollection items, int depth)
    {
        EnterContainer(depth);
        writer.WriteListHeader(items.Count);
        foreach (var item in items)
        {
            EncodeValue(ref writer, item, depth + 1, fromExtension: false);
        }
    }

    private void WriteFloat(ref BsdfWriter writer, double number)
    {
        if (_options.Float64)
        {
            writer.WriteFloat64(number);
        }
        else
        {
            writer.WriteFloat32((float)number);
        }
    }

    private void BeginStream(ref BsdfWriter writer, BsdfListStream stream)
    {
        if (Stream is not null)
        {
            throw new BsdfException("Data can hold only one BsdfListStream (it must be the last value)");
        }

        if (stream.IsBound)
        {
            throw new BsdfException("This BsdfListStream was already written; use a new one for each file");
        }

        Stream = stream;
        StreamMarkerPosition = writer.WriteOpenStreamHeader();
        _streamEnd = writer.Position;
    }

    private void EnterContainer(int depth)
    {
        if (depth >= _options.MaxDepth)
        {
            throw new BsdfException($"Nesting is deeper than the maximum depth of {_options.MaxDepth} (BsdfOptions.MaxDepth); does the data contain a cycle?");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BsdfException("Nesting is too deep for the stack; does the data contain a cycle?");
        }
    }
}
