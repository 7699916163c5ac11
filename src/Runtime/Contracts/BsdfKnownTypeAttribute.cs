namespace BsdfGen;

/// <summary>
/// Lists a derived contract of a base contract. The derived contract must set
/// <see cref="BsdfContractAttribute.Extension"/>; values are written with that extension name and
/// decoding a base-typed member dispatches on it.
/// </summary>
/// <param name="derivedType">A <c>[BsdfContract]</c> type deriving from the type this attribute is on.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class BsdfKnownTypeAttribute(Type derivedType) : Attribute
{
    /// <summary>The derived contract.</summary>
    public Type DerivedType { get; } = derivedType;
}
