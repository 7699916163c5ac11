namespace BsdfGen.Extensions;

/// <summary>An immutable set of extensions: later additions are tried first when encoding, names are unique.</summary>
internal sealed class ExtensionRegistry
{
    private readonly BsdfExtension[] _byPriority;
    private readonly Dictionary<string, BsdfExtension> _byName;

    private ExtensionRegistry(BsdfExtension[] byPriority)
    {
        _byPriority = byPriority;
        _byName = byPriority.ToDictionary(extension => extension.Name, StringComparer.Ordinal);
    }

    public static ExtensionRegistry Empty { get; } = new([]);

    /// <summary>The standard extensions every serializer starts with.</summary>
    public static ExtensionRegistry Standard { get; } = Empty
        .With(new DataFrameExtension())
        .With(new ImageExtension(BsdfImageKind.Image3D))
        .With(new ImageExtension(BsdfImageKind.Image2D))
        .With(new NdArrayExtension())
        .With(new ComplexExtension());

    public IReadOnlyList<BsdfExtension> Extensions => _byPriority;

    public ExtensionRegistry With(BsdfExtension extension) =>
        new([extension, .. _byPriority.Where(existing => existing.Name != extension.Name)]);

    public ExtensionRegistry Without(string name) =>
        new(_byPriority.Where(existing => existing.Name != name).ToArray());

    public BsdfExtension? FindByName(string name) => _byName.GetValueOrDefault(name);

    public BsdfExtension? FindFor(object value)
    {
        foreach (var extension in _byPriority)
        {
            if (extension.Match(value))
            {
                return extension;
            }
        }

        return null;
    }
}
