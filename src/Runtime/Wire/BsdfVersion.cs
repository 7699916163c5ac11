namespace BsdfGen.Wire;

/// <summary>The format version in a BSDF header.</summary>
/// <param name="Major">The major version (2 for every readable file).</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct BsdfVersion(byte Major, byte Minor)
{
    /// <summary>The version this library writes and fully understands: 2.2.</summary>
    public static BsdfVersion Current => new(2, 2);

    /// <inheritdoc />
    public override string ToString() => $"{Major}.{Minor}";
}
