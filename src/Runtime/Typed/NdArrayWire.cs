using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BsdfGen.Blobs;
using BsdfGen.Extensions;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>Writes and reads the <c>ndarray</c> extension for the typed array codecs.</summary>
internal static class NdArrayWire
{
    /// <summary>Writes <c>{shape, dtype, data}</c> tagged <c>ndarray</c>, byte for byte as the dynamic encoder does.</summary>
    public static void Write(ref BsdfWriter writer, ReadOnlySpan<byte> dtypeName, scoped ReadOnlySpan<int> shape, scoped ReadOnlySpan<byte> data, BsdfContext context)
    {
        if (shape.Length == 1 && data.Length <= BsdfSizeMarkers.MaxSmall && context.BlobSettings.IsDefault)
        {
            WriteSmall(ref writer, dtypeName, shape[0], data);
            return;
        }

        writer.WriteVerbatim(ShapeHead);
        writer.WriteVerbatim([(byte)shape.Length]);
        foreach (var dimension in shape)
        {
            writer.WriteInt64(dimension);
        }

        writer.WriteVerbatim(DTypeKey);
        writer.WriteVerbatim([(byte)dtypeName.Length]);
        writer.WriteVerbatim(dtypeName);
        writer.WriteKeyUtf8("data"u8);
        writer.WriteBlob(data, context.BlobSettings);
    }

    /// <summary>A short one-dimensional array with the default blob settings, in one piece: the same bytes as the general path.</summary>
    private static void WriteSmall(ref BsdfWriter writer, ReadOnlySpan<byte> dtypeName, int length, scoped ReadOnlySpan<byte> data)
    {
        var output = writer.VerbatimSpan(ShapeHead.Length + 1 + BsdfEncoding.MaxScalarSize + DTypeKey.Length + 1 + dtypeName.Length + DataKey.Length - 1
            + BlobLayout.SmallDefaultOverhead + data.Length);
        ShapeHead.CopyTo(output);
        var at = ShapeHead.Length;
        output[at++] = 1;
        at += BsdfEncoding.WriteInt64(output[at..], length);
        DTypeKey.CopyTo(output[at..]);
        at += DTypeKey.Length;
        output[at++] = (byte)dtypeName.Length;
        dtypeName.CopyTo(output[at..]);
        at += dtypeName.Length;
        DataKey[..^1].CopyTo(output[at..]);
        at += DataKey.Length - 1;
        at += BlobLayout.WriteSmallDefault(output[at..], writer.Position + at, data);
        writer.CommitBytes(at);
    }

    /// <summary>
    /// Reads an ndarray of <paramref name="shape"/>'s rank whose dtype is named <paramref name="dtypeName"/>, when it has the form this
    /// library writes: the standard <c>ndarray</c> extension, exactly the keys shape, dtype (by its canonical name) and data, the
    /// data last, and an uncompressed blob without checksum whose length matches the shape. Fills <paramref name="shape"/> and
    /// returns the data's blob header, its data left unread: the caller copies it once, into its result, with
    /// <see cref="BsdfReader.CopyBlobData"/>. The exact bytes this library and bsdf.py write are matched without decoding them.
    /// Anything else — and anything malformed — returns false with <paramref name="reader"/> untouched, for <see cref="Read"/>
    /// to decode (and report) as before.
    /// </summary>
    public static bool TryReadPlain(ref BsdfReader reader, BsdfContext context, ReadOnlySpan<byte> dtypeName, int elementSize, scoped Span<int> shape, out BsdfBlobHeader data)
    {
        data = default;
        if (!context.HasStandardNdArray || !context.CanNest(2))
        {
            return false;
        }

        if (OwnFormBlobAt(reader.Data[reader.Consumed..], dtypeName, shape) is var blobAt and > 0)
        {
            // The written form, read without decoding it: a compressed or malformed blob is left to the general path.
            var probe = reader;
            probe.SkipVerified(blobAt);
            var elements = ElementCount(shape);
            if (elements < 0 || !probe.TryReadPlainBlobBody(out data) || elements * elementSize != data.UsedSize)
            {
                data = default;
                return false;
            }

            probe.SkipBlobDataUnread(data);
            reader = probe;
            return true;
        }

        return TryReadPlainInAnyKeyOrder(ref reader, dtypeName, elementSize, shape, out data);
    }

    /// <summary><see cref="TryReadPlain"/> for other encoders' key orders and size widths (out of line: it catches).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryReadPlainInAnyKeyOrder(ref BsdfReader reader, ReadOnlySpan<byte> dtypeName, int elementSize, scoped Span<int> shape, out BsdfBlobHeader data)
    {
        data = default;
        var probe = reader;
        try
        {
            var count = ReadAnyKeyOrder(ref probe, dtypeName, shape);
            if (count < 0)
            {
                return false;
            }

            data = probe.ReadBlobBody();
            if (data.Compression != BsdfCompression.None || data.Checksum is not null || count * elementSize != data.UsedSize)
            {
                data = default;
                return false;
            }

            probe.SkipBlobDataUnread(data);
            reader = probe;
            return true;
        }
        catch (BsdfException)
        {
            data = default;
            return false;
        }
    }

    // The bytes before the shape's dimensions and between the parts, as this library and bsdf.py write them: the extension
    // tag, a mapping of three keys in the order shape (a list), dtype (a string) and data (a blob).
    private static ReadOnlySpan<byte> ShapeHead => "M\u0007ndarray\u0003\u0005shapel"u8;

    private static ReadOnlySpan<byte> DTypeKey => "\u0005dtypes"u8;

    private static ReadOnlySpan<byte> DataKey => "\u0004datab"u8;

    /// <summary>
    /// Matches the ndarray form this library writes, byte for byte, up to the data's blob header: returns the offset of that
    /// header in <paramref name="input"/>, or -1 for any other form (the general path reads it). Never throws.
    /// </summary>
    private static int OwnFormBlobAt(ReadOnlySpan<byte> input, ReadOnlySpan<byte> dtypeName, scoped Span<int> shape)
    {
        if (!input.StartsWith(ShapeHead) || input.Length <= ShapeHead.Length || input[ShapeHead.Length] != shape.Length)
        {
            return -1;
        }

        var dimensions = new BsdfReader(input[(ShapeHead.Length + 1)..]);
        for (var axis = 0; axis < shape.Length; axis++)
        {
            if (!dimensions.TryReadPlainInt64(out var dimension) || dimension is < 0 or > int.MaxValue)
            {
                return -1;
            }

            shape[axis] = (int)dimension;
        }

        var rest = input[(ShapeHead.Length + 1 + dimensions.Consumed)..];
        if (!rest.StartsWith(DTypeKey) || rest.Length <= DTypeKey.Length || rest[DTypeKey.Length] != dtypeName.Length)
        {
            return -1;
        }

        rest = rest[(DTypeKey.Length + 1)..];
        if (!rest.StartsWith(dtypeName) || !rest[dtypeName.Length..].StartsWith(DataKey))
        {
            return -1;
        }

        return input.Length - rest.Length + dtypeName.Length + DataKey.Length;
    }

    /// <summary>The number of elements of <paramref name="shape"/>, or -1 past <see cref="Array.MaxLength"/>.</summary>
    private static long ElementCount(scoped ReadOnlySpan<int> shape)
    {
        long count = 1;
        foreach (var dimension in shape)
        {
            count *= dimension;
            if (count > Array.MaxLength)
            {
                return -1;
            }
        }

        return count;
    }

    /// <summary>Reads the keys shape, dtype and data in any order, up to the data's blob header; returns the element count, or -1 for anything else.</summary>
    private static long ReadAnyKeyOrder(ref BsdfReader probe, ReadOnlySpan<byte> dtypeName, scoped Span<int> shape)
    {
        if (probe.ReadValueHeader(out var extension) != BsdfValueKind.Map || !extension.SequenceEqual("ndarray"u8) || probe.ReadMapBody() != 3)
        {
            return -1;
        }

        long count = -1;
        var hasDType = false;
        for (var item = 0; item < 3; item++)
        {
            var key = probe.ReadKey();
            if (key.SequenceEqual("shape"u8) && count < 0)
            {
                count = ReadShape(ref probe, shape);
                if (count < 0)
                {
                    return -1;
                }
            }
            else if (key.SequenceEqual("dtype"u8) && !hasDType)
            {
                if (probe.ReadValueHeader(out extension) != BsdfValueKind.String || !extension.IsEmpty || !probe.ReadStringBody().SequenceEqual(dtypeName))
                {
                    return -1;
                }

                hasDType = true;
            }
            else if (key.SequenceEqual("data"u8) && hasDType && count >= 0 && item == 2)
            {
                // The data comes last here: its header is what the caller reads next.
                return probe.ReadValueHeader(out extension) == BsdfValueKind.Blob && extension.IsEmpty ? count : -1;
            }
            else
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Reads a plain list of <paramref name="shape"/>'s length of dimensions into it; returns the element count, or -1 for anything else.</summary>
    private static long ReadShape(ref BsdfReader probe, scoped Span<int> shape)
    {
        if (probe.ReadValueHeader(out var extension) != BsdfValueKind.List || !extension.IsEmpty
            || probe.ReadListBody(out var listKind) != shape.Length || listKind != BsdfListKind.Regular)
        {
            return -1;
        }

        for (var axis = 0; axis < shape.Length; axis++)
        {
            var dimension = probe.ReadValueHeader(out extension) switch
            {
                BsdfValueKind.Int16 when extension.IsEmpty => probe.ReadInt16Body(),
                BsdfValueKind.Int64 when extension.IsEmpty => probe.ReadInt64Body(),
                _ => -1,
            };
            if (dimension is < 0 or > int.MaxValue)
            {
                return -1;
            }

            shape[axis] = (int)dimension;
        }

        return ElementCount(shape);
    }

    /// <summary>Reads an ndarray of <paramref name="dtype"/>, or a plain list of numbers, or null.</summary>
    public static BsdfNdArray? Read(ref BsdfReader reader, BsdfContext context, BsdfDType dtype, int rank)
    {
        var start = reader.Position;
        var decoded = context.ReadDynamic(ref reader);
        switch (decoded)
        {
            case null:
                return null;
            case BsdfNdArray array when array.DType == dtype && (array.Rank == rank || (rank == 1 && array.Rank <= 1)):
                return array;
            case BsdfNdArray array:
                return BsdfThrow.Invalid<BsdfNdArray>(
                    $"Expected a {rank}-dimensional {dtype.GetName()} array but found a {array.Rank}-dimensional {array.DType.GetName()} one", start);
            case IList list when rank == 1:
                try
                {
                    return new BsdfNdArray(dtype, [list.Count], NdArrayExtension.FromNumbers(list, dtype));
                }
                catch (Exception error) when (error is FormatException or OverflowException)
                {
                    return BsdfThrow.Invalid<BsdfNdArray>($"A list cannot be read as {dtype.GetName()} values: {error.Message}", start);
                }

            default:
                return BsdfThrow.Invalid<BsdfNdArray>($"Expected an ndarray of {dtype.GetName()}", start);
        }
    }
}
