using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// The codec registered for <typeparamref name="T"/> (for members typed by a generic parameter);
/// writes fall back to the dynamic model when nothing is registered.
/// </summary>
/// <typeparam name="T">The type.</typeparam>
public sealed class RegisteredCodec<T> : IBsdfCodec<T>
{
    private RegisteredCodec() { }

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T value, BsdfContext context)
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

    /// <inheritdoc />
    public static T Read(ref BsdfReader reader, BsdfContext context) =>
        (BsdfCodecRegistry.Find<T>() ?? throw new BsdfException($"No BSDF codec for {typeof(T)}: register one with BsdfCodecRegistry.Register"))
            .Read(ref reader, context);
}
