namespace BsdfGen;

/// <summary>
/// Settings for every <c>[BsdfContract]</c> type of an assembly that does not set its own:
/// <c>[assembly: BsdfContractDefaults(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
public sealed class BsdfContractDefaultsAttribute : Attribute
{
    /// <summary>The naming policy of contracts whose <see cref="BsdfContractAttribute.NamingPolicy"/> is not set.</summary>
    public BsdfNamingPolicy NamingPolicy { get; set; }
}
