namespace BsdfGen;

/// <summary>A named field of a <c>struct</c> column type.</summary>
/// <param name="Name">The field name (not empty).</param>
/// <param name="Type">The field's column type.</param>
public sealed record BsdfStructField(string Name, BsdfColumnType Type)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}
