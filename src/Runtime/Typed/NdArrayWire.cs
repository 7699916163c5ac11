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
    /// Reads a one-dimensional ndarray whose dtype is named <paramref name="dtypeName"/> straight into a new array when it has the form this
    /// library writes: the standard <c>ndarray</c> extension, exactly the keys shape, dtype (by its canonical name) and data,
    /// and an uncompressed blob without checksum whose length matches the shape. Anything else — and anything malformed —
    /// returns false with <paramref name="reader"/> untouched, for <see cref="Read"/> to decode (and report) as before.
    /// </summary>
    public static bool TryReadVector<T>(ref BsdfReader reader, BsdfContext context, ReadOnlySpan<byte> dtypeName, out T[]? result)
        where T : unmanaged
    {
        result = null;
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

            long length = -1;
            var hasDType = false;
            var hasData = false;
            BsdfBlobHeader header = default;
            scoped ReadOnlySpan<byte> data = default;
            for (var item = 0; item < 3; item++)
            {
                var key = probe.ReadKey();
                if (key.SequenceEqual("shape"u8) && length < 0)
                {
                    if (probe.ReadValueHeader(out extension) != BsdfValueKind.List || !extension.IsEmpty
                        || probe.ReadListBody(out var listKind) != 1 || listKind != BsdfListKind.Regular)
                    {
                        return false;
                    }

                    length = probe.ReadValueHeader(out extension) switch
                    {
                        BsdfValueKind.Int16 when extension.IsEmpty => probe.ReadInt16Body(),
                        BsdfValueKind.Int64 when extension.IsEmpty => probe.ReadInt64Body(),
                        _ => -1,
                    };
                    if (length is < 0 or > int.MaxValue)
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

                    header = probe.ReadBlobBody();
                    if (header.Compression != BsdfCompression.None || header.Checksum is not null)
                    {
                        return false;
                    }

                    data = probe.ReadBlobData(header);
                    hasData = true;
                }
                else
                {
                    return false;
                }
            }

            if (!hasDType || !hasData || length * Unsafe.SizeOf<T>() != data.Length)
            {
                return false;
            }

            var values = GC.AllocateUninitializedArray<T>((int)length);
            data.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
            result = values;
            reader = probe;
            return true;
        }
        catch (BsdfException)
        {
            return false;
        }
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
