using System.Runtime.CompilerServices;
using BsdfGen.Dynamic;
using BsdfGen.Limits;
using BsdfGen.Threading;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// Reads documents, and writes and reads single values, of a statically known type through the codec registry (a typed
/// document is written by <see cref="BsdfSerializer"/>, in a struct over the type).
/// </summary>
internal static class TypedDocument
{
    public static T Read<T>(ref BsdfReader reader, BsdfContext context, ThreadCallState thread)
    {
        using var budget = DecodeBudget.Begin(thread, context.Options);
        DynamicDecoder.ReadHeader(ref reader, context.Options);
        if (reader.IsAtEnd)
        {
            BsdfThrow.Truncated("the root value (the data holds only a header)", reader.Position);
        }

        return ReadValue<T>(ref reader, context);
    }

    /// <summary>Writes one value (no header): through its registered codec, or the dynamic model.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteValue<T>(ref BsdfWriter writer, T value, BsdfContext context)
    {
        if (CodecSlot<T>.Find() is { } codec)
        {
            codec.Write(ref writer, value, context);
        }
        else
        {
            context.WriteDynamic(ref writer, value);
        }
    }

    /// <summary>Reads one value (no header) through its registered codec.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ReadValue<T>(ref BsdfReader reader, BsdfContext context) =>
        (CodecSlot<T>.Find() ?? throw NoCodec(typeof(T))).Read(ref reader, context);

    private static BsdfException NoCodec(Type type) => new(type.IsGenericType
        // Generated code registers the closed types that calls name; one closed only inside generic code is not among them.
        ? $"No BSDF codec for {type}: a generic [BsdfContract] is registered per closed type, by the calls that name it "
            + "(Bsdf.Deserialize<Box<int>>(…)); one closed only inside generic code needs "
            + "BsdfCodecRegistry.RegisterContract<Box<int>>() once at startup (as a member of another contract it needs nothing)"
        : $"No BSDF codec for {type}: mark the type [BsdfContract], or register a codec with BsdfCodecRegistry.Register");
}
