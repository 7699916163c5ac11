using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// Converts a special kind of value to and from more basic values, tagged on the wire with
/// <see cref="Name"/> — the extension mechanism every BSDF implementation shares (name, match,
/// encode, decode). Derive from <see cref="BsdfExtension{T}"/> to match by type, or use
/// <see cref="Create{T}(string, Func{T, object?}, Func{object?, T})"/>.
/// </summary>
public abstract class BsdfExtension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="name">
    /// The name written with every encoded value: 1 to 250 UTF-8 bytes; prefix custom names with
    /// their context (e.g. <c>mylib.point</c>) to avoid clashes.
    /// </param>
    protected BsdfExtension(string name)
    {
        ExtensionName = BsdfExtensionName.Get(name);
    }

    /// <summary>The extension's name.</summary>
    public string Name => ExtensionName.Name;

    internal BsdfExtensionName ExtensionName { get; }

    /// <summary>Whether this extension encodes <paramref name="value"/>.</summary>
    /// <param name="value">A value about to be encoded (never null).</param>
    public abstract bool Match(object value);

    /// <summary>Converts <paramref name="value"/> into a basic value (null, bool, number, string, list, mapping or blob; items may use extensions).</summary>
    /// <param name="value">A value for which <see cref="Match"/> returned true.</param>
    public abstract object? Encode(object value);

    /// <summary>Rebuilds the special value from the decoded basic value.</summary>
    /// <param name="value">The basic value as decoded.</param>
    public abstract object? Decode(object? value);

    /// <summary>Creates an extension for values of type <typeparamref name="T"/> from two functions.</summary>
    /// <typeparam name="T">The type handled.</typeparam>
    /// <param name="name">The extension name.</param>
    /// <param name="encode">Converts a value into a basic value.</param>
    /// <param name="decode">Rebuilds a value from the decoded basic value.</param>
    public static BsdfExtension<T> Create<T>(string name, Func<T, object?> encode, Func<object?, T> decode)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(encode);
        ArgumentNullException.ThrowIfNull(decode);
        return new DelegateExtension<T>(name, encode, decode);
    }

    /// <inheritdoc />
    public override string ToString() => $"BSDF extension '{Name}'";

    private sealed class DelegateExtension<T>(string name, Func<T, object?> encode, Func<object?, T> decode) : BsdfExtension<T>(name)
        where T : notnull
    {
        protected override object? EncodeValue(T value) => encode(value);

        protected override T DecodeValue(object? value) => decode(value);
    }
}

/// <summary>An extension that handles every value of type <typeparamref name="T"/> (and derived types).</summary>
/// <typeparam name="T">The type handled.</typeparam>
public abstract class BsdfExtension<T> : BsdfExtension
    where T : notnull
{
    /// <summary>Creates an extension.</summary>
    /// <param name="name">The extension name (1 to 250 UTF-8 bytes).</param>
    protected BsdfExtension(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override bool Match(object value) => value is T;

    /// <inheritdoc />
    public sealed override object? Encode(object value) => EncodeValue((T)value);

    /// <inheritdoc />
    public sealed override object? Decode(object? value) => DecodeValue(value);

    /// <summary>Converts a value into a basic value.</summary>
    /// <param name="value">The value.</param>
    protected abstract object? EncodeValue(T value);

    /// <summary>Rebuilds a value from the decoded basic value.</summary>
    /// <param name="value">The basic value.</param>
    protected abstract T DecodeValue(object? value);
}
