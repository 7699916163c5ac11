namespace BsdfGen;

/// <summary>
/// Picks the constructor a contract is decoded through; its parameters are matched to members by
/// name (case-insensitive). Without it the generator uses the primary constructor of a record, the
/// only public constructor, or the public parameterless one.
/// </summary>
[AttributeUsage(AttributeTargets.Constructor, Inherited = false)]
public sealed class BsdfConstructorAttribute : Attribute
{
}
