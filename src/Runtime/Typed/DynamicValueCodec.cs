using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// A value of the dynamic model with a known .NET type (<see cref="BsdfNdArray"/>, <see cref="BsdfMap"/>,
/// <see cref="BsdfImage"/>, …) as a member: written and read through the dynamic model, checked on read.
/// </summary>
/// <typeparam name="T">The dynamic model type.</typeparam>
public readonly struct DynamicValueCodec<T> : IBsdfCodec<T?>
    where T : class
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T? value, BsdfContext context) => context.WriteDynamic(ref writer, value);

    /// <inheritdoc />
    public static T? Read(ref BsdfReader reader, BsdfContext context)
    {
        var start = reader.Position;
        return context.ReadDynamic(ref reader) switch
        {
            null => null,
            T value => value,
            var other => BsdfThrow.Invalid<T>($"Expected a {typeof(T).Name} but found a {other.GetType().Name}", start),
        };
    }
}
