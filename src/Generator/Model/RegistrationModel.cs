namespace BsdfGen.Generator.Model
{
    /// <summary>
    /// A type a call site gives to a typed entry point, registered by the calling assembly's module initializer with its
    /// codec: a closed generic contract (<see cref="IsContract"/>: <c>RegisterContract</c>, with its array and list), or
    /// another type unless it already has a codec.
    /// </summary>
    internal sealed record RegistrationModel(string TypeName, string Codec, bool IsContract);
}
