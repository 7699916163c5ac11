namespace BsdfGen.Generator.Model
{
    /// <summary>
    /// A type a call site gives to a typed entry point, registered by the calling assembly's module initializer: a
    /// closed generic contract (<see cref="Codec"/> null: <c>RegisterContract</c>), or another type with its codec.
    /// </summary>
    internal sealed record RegistrationModel(string TypeName, string? Codec);
}
