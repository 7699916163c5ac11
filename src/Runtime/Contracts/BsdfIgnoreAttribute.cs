namespace BsdfGen;

/// <summary>Leaves a member out of the contract: it is neither written nor read.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class BsdfIgnoreAttribute : Attribute
{
}
