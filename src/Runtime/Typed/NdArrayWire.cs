using System.Collections;
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
