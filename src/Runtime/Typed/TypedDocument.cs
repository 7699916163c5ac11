using BsdfGen.Dynamic;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>Writes and reads a whole document (header and root) of a statically known type.</summary>
internal static class TypedDocument
{
    public static void Write<T>(ref BsdfWriter writer, T value, BsdfContext context)
    {
        writer.WriteHeader();
        if (BsdfCodecRegistry.Find<T>() is { } codec)
        {
            codec.Write(ref writer, value, context);
        }
        else
        {
            context.WriteDynamic(ref writer, value);
        }
    }

    public static T Read<T>(ref BsdfReader reader, BsdfContext context)
    {
        var codec = BsdfCodecRegistry.Find<T>() ?? throw new BsdfException(
            $"No BSDF codec for {typeof(T)}: mark the type [BsdfContract], or register a codec with BsdfCodecRegistry.Register");
        DynamicDecoder.ReadHeader(ref reader, context.Options);
        if (reader.IsAtEnd)
        {
            BsdfThrow.Truncated("the root value (the data holds only a header)", reader.Position);
        }

        return codec.Read(ref reader, context);
    }
}
