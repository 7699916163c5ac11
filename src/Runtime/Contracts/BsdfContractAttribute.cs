namespace BsdfGen;

/// <summary>
/// Marks a partial class, record or struct for which the BsdfGen source generator writes a
/// reflection-free serializer. The type is written as a BSDF mapping keyed by member names.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class BsdfContractAttribute : Attribute
{
    /// <summary>
    /// When set, instances are tagged with this BSDF extension name (1 to 250 UTF-8 bytes), so that
    /// readers in any language can tell the type, and a base contract can dispatch on it when decoding.
    /// </summary>
    public string? Extension { get; set; }

    /// <summary>
    /// How member names become keys, computed by the generator at compile time (no cost when running); a member's
    /// <see cref="BsdfPropertyAttribute"/> key always wins. When not set, the assembly's
    /// <see cref="BsdfContractDefaultsAttribute"/> applies, and without one the names are the keys.
    /// </summary>
    public BsdfNamingPolicy NamingPolicy { get; set; }
}
