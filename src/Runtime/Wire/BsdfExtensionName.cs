using System.Collections.Concurrent;
using System.Text;

namespace BsdfGen.Wire;

/// <summary>
/// A validated extension name (1..250 UTF-8 bytes) with its encoded bytes computed once, so that
/// writing a tagged value costs no encoding work.
/// </summary>
public sealed class BsdfExtensionName
{
    private static readonly ConcurrentDictionary<string, BsdfExtensionName> Cache = new(StringComparer.Ordinal);

    private BsdfExtensionName(string name, byte[] utf8)
    {
        Name = name;
        Utf8 = utf8;
    }

    /// <summary>The name as text.</summary>
    public string Name { get; }

    /// <summary>The name as UTF-8 bytes, as written after the type id.</summary>
    public ReadOnlySpan<byte> Utf8Bytes => Utf8;

    internal byte[] Utf8 { get; }

    /// <summary>Returns the (cached) name, validating it.</summary>
    /// <param name="name">The extension name.</param>
    /// <exception cref="BsdfException">The name is empty or longer than 250 UTF-8 bytes.</exception>
    public static BsdfExtensionName Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var utf8 = Encoding.UTF8.GetBytes(name);
        if (utf8.Length is 0 or > BsdfSizeMarkers.MaxSmall)
        {
            throw new BsdfException($"Extension name '{name}' must be 1 to 250 UTF-8 bytes long, not {utf8.Length}");
        }

        return Cache.GetOrAdd(name, new BsdfExtensionName(name, utf8));
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
