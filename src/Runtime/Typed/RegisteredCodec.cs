using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// The codec registered for <typeparamref name="T"/> (for members typed by a generic parameter);
/// writes fall back to the dynamic model when nothing is registered.
/// </summary>
/// <typeparam name="T">The type.</typeparam>
public readonly struct RegisteredCodec<T> : IBsdfCodec<T>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T value, BsdfContext context) => TypedDocument.WriteValue(ref writer, value, context);

    /// <inheritdoc />
    public static T Read(ref BsdfReader reader, BsdfContext context) => TypedDocument.ReadValue<T>(ref reader, context);
}
