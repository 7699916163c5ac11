using BsdfGen.Dynamic;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>Writes and reads documents and values of a statically known type through the codec registry.</summary>
internal static class TypedDocument
{
    public static void Write<T>(ref BsdfWriter writer, T value, BsdfContext context)
    {
        writer.WriteHeader();
        WriteValue(ref writer, value, context);
    }

    public static T Read<T>(ref BsdfReader reader, BsdfContext context)
    {
        DynamicDecoder.ReadHeader(ref reader, context.Options);
        if (reader.IsAtEnd)
        {
            BsdfThrow.Truncated("the root value (the data holds only a header)", reader.Position);
        }

        return ReadValue<T>(ref reader, context);
    }

    /// <summary>Writes one value (no header): through its registered codec, or the dynamic model.</summary>
    public static void WriteValue<T>(ref BsdfWriter writer, T value, BsdfContext context)
    {
        if (BsdfCodecRegistry.Find<T>() is { } codec)
        {
            codec.Write(ref writer, value, context);
        }
        else
        {
            context.WriteDynamic(ref writer, value);
        }
    }

    /// <summary>Reads one value (no header) through its registered codec.</summary>
    public static T ReadValue<T>(ref BsdfReader reader, BsdfContext context) =>
        (BsdfCodecRegistry.Find<T>() ?? throw new BsdfException(
            $"No BSDF codec for {typeof(T)}: mark the type [BsdfContract], or register a codec with BsdfCodecRegistry.Register"))
            .Read(ref reader, context);
}
