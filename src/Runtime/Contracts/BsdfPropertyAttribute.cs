namespace BsdfGen;

/// <summary>Sets the mapping key of a member (by default its name as written).</summary>
/// <param name="key">The key; must not be empty.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class BsdfPropertyAttribute(string key) : Attribute
{
    /// <summary>The mapping key.</summary>
    public string Key { get; } = key;
}
