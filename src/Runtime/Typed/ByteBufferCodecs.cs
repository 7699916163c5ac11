using BsdfGen.Blobs;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><c>byte[]</c> as a blob (null as <c>v</c>), written with the context's blob settings.</summary>
public sealed class ByteArrayCodec : IBsdfCodec<byte[]?>
{
    private ByteArrayCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, byte[]? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteBlob(value, context.BlobSettings);
        }
    }

    /// <inheritdoc />
    public static byte[]? Read(ref BsdfReader reader, BsdfContext context) => BlobContent.ReadValue(ref reader, context.Options);
}

/// <summary><see cref="ReadOnlyMemory{T}"/> of bytes as a blob.</summary>
public sealed class ReadOnlyMemoryCodec : IBsdfCodec<ReadOnlyMemory<byte>>
{
    private ReadOnlyMemoryCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, ReadOnlyMemory<byte> value, BsdfContext context) => writer.WriteBlob(value.Span, context.BlobSettings);

    /// <inheritdoc />
    public static ReadOnlyMemory<byte> Read(ref BsdfReader reader, BsdfContext context) => BlobContent.ReadValue(ref reader, context.Options);
}

/// <summary><see cref="Memory{T}"/> of bytes as a blob.</summary>
public sealed class MemoryCodec : IBsdfCodec<Memory<byte>>
{
    private MemoryCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, Memory<byte> value, BsdfContext context) => writer.WriteBlob(value.Span, context.BlobSettings);

    /// <inheritdoc />
    public static Memory<byte> Read(ref BsdfReader reader, BsdfContext context) => BlobContent.ReadValue(ref reader, context.Options);
}
