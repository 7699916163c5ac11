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
    private static readonly BsdfExtensionName Name = BsdfExtensionName.Get("ndarray");

    /// <summary>Writes <c>{shape, dtype, data}</c> tagged <c>ndarray</c>, byte for byte as the dynamic encoder does.</summary>
    public static void Write(ref BsdfWriter writer, BsdfDType dtype, scoped ReadOnlySpan<int> shape, scoped ReadOnlySpan<byte> data, BsdfContext context)
    {
        writer.WriteExtensionName(Name);
        writer.WriteMapHeader(3);
        writer.WriteKeyUtf8("shape"u8);
        writer.WriteListHeader(shape.Length);
        foreach (var dimension in shape)
        {
            writer.WriteInt64(dimension);
        }

        writer.WriteKeyUtf8("dtype"u8);
        writer.WriteString(dtype.GetName());
        writer.WriteKeyUtf8("data"u8);
        writer.WriteBlob(data, context.BlobSettings);
    }

    /// <summary>
    /// Reads an ndarray of <paramref name="shape"/>'s rank whose dtype is named <paramref name="dtypeName"/>, when it has the form this
    /// library writes: the standard <c>ndarray</c> extension, exactly the keys shape, dtype (by its canonical name) and data, and an
    /// uncompressed blob without checksum whose length matches the shape. Fills <paramref name="shape"/> and returns the data's
    /// blob header, its data left unread: the caller copies it once, into its result, with <see cref="BsdfReader.CopyBlobData"/>.
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

        var probe = reader;
        try
        {
            if (probe.ReadValueHeader(out var extension) != BsdfValueKind.Map || !extension.SequenceEqual("ndarray"u8) || probe.ReadMapBody() != 3)
            {
                return false;
            }

            long count = -1;
            var hasDType = false;
            var hasData = false;
            for (var item = 0; item < 3; item++)
            {
                var key = probe.ReadKey();
                if (key.SequenceEqual("shape"u8) && count < 0)
                {
                    count = ReadShape(ref probe, shape);
                    if (count < 0)
                    {
                        return false;
                    }
                }
                else if (key.SequenceEqual("dtype"u8) && !hasDType)
                {
                    if (probe.ReadValueHeader(out extension) != BsdfValueKind.String || !extension.IsEmpty || !probe.ReadStringBody().SequenceEqual(dtypeName))
                    {
                        return false;
                    }

                    hasDType = true;
                }
                else if (key.SequenceEqual("data"u8) && !hasData)
                {
                    if (probe.ReadValueHeader(out extension) != BsdfValueKind.Blob || !extension.IsEmpty)
                    {
                        return false;
                    }

                    data = probe.ReadBlobBody();
                    if (data.Compression != BsdfCompression.None || data.Checksum is not null)
                    {
                        return false;
                    }

                    probe.SkipBlobDataUnread(data);
                    hasData = true;
                }
                else
                {
                    return false;
                }
            }

            if (!hasDType || !hasData || count * elementSize != data.UsedSize)
            {
                return false;
            }

            reader = probe;
            return true;
        }
        catch (BsdfException)
        {
            return false;
        }
    }

    /// <summary>Reads a plain list of <paramref name="shape"/>'s length of dimensions into it; returns the element count, or -1 for anything else.</summary>
    private static long ReadShape(ref BsdfReader probe, scoped Span<int> shape)
    {
        if (probe.ReadValueHeader(out var extension) != BsdfValueKind.List || !extension.IsEmpty
            || probe.ReadListBody(out var listKind) != shape.Length || listKind != BsdfListKind.Regular)
        {
            return -1;
        }

        long count = 1;
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
            count *= dimension;
            if (count > Array.MaxLength)
            {
                return -1;
            }
        }

        return count;
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
