using System.ComponentModel;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>Helpers the generated contract serializers call; not meant for hand-written code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ContractReading
{
    /// <summary>Reads the start of a contract's mapping and enters it.</summary>
    /// <param name="reader">The reader, at the value's type id.</param>
    /// <param name="context">Options and state of this call.</param>
    /// <param name="typeName">The contract, for the error message.</param>
    /// <returns>The number of items.</returns>
    public static long ReadMapStart(ref BsdfReader reader, BsdfContext context, string typeName)
    {
        var start = reader.Position;
        if (reader.TryReadSmallMapHeader(out var items))
        {
            context.Enter(start);
            return items;
        }

        var kind = reader.ReadValueHeader();
        if (kind != BsdfValueKind.Map)
        {
            BsdfThrow.Invalid($"Expected a mapping for {typeName} but found {kind}", start);
        }

        context.Enter(start);
        return reader.ReadMapBody();
    }

    /// <summary>Whether the next value is tagged with the extension <paramref name="name"/> (nothing is consumed).</summary>
    /// <param name="reader">The reader, at the value's type id.</param>
    /// <param name="name">The UTF-8 extension name.</param>
    public static bool IsTaggedWith(BsdfReader reader, ReadOnlySpan<byte> name)
    {
        reader.ReadValueHeader(out var extension);
        return extension.SequenceEqual(name);
    }

    /// <summary>The error for a key a contract needs but the data lacks.</summary>
    /// <param name="key">The missing key.</param>
    /// <param name="typeName">The contract.</param>
    /// <param name="offset">Where the mapping starts.</param>
    public static BsdfException Missing(string key, string typeName, long offset) =>
        new($"The mapping for {typeName} has no '{key}', which is required", offset);

    /// <summary>The error for a value of an abstract contract whose extension names none of its known types.</summary>
    /// <param name="reader">The reader, at the value's type id.</param>
    /// <param name="typeName">The contract.</param>
    public static BsdfException NoKnownExtension(BsdfReader reader, string typeName)
    {
        var start = reader.Position;
        reader.ReadValueHeader(out var extension);
        var name = extension.IsEmpty ? "no extension name" : $"the extension name '{System.Text.Encoding.UTF8.GetString(extension)}'";
        return new BsdfException($"{typeName} cannot be created: the value has {name}, which matches none of its known types", start);
    }

    /// <summary>The error for writing an instance of a type the abstract contract does not list.</summary>
    /// <param name="runtimeType">The instance's type.</param>
    /// <param name="typeName">The contract.</param>
    public static BsdfException NoKnownType(Type runtimeType, string typeName) =>
        new($"{runtimeType} is not one of the [BsdfKnownType] types of {typeName}");

    /// <summary>A frame column as a member's array, or null when the frame has no such column.</summary>
    /// <typeparam name="T">The member (or column) element type.</typeparam>
    /// <param name="frame">The frame.</param>
    /// <param name="key">The member's key, which names the column.</param>
    /// <param name="typeName">The contract, for error messages.</param>
    public static T[]? FrameColumn<T>(BsdfDataFrame frame, string key, string typeName)
    {
        if (!frame.TryGetColumn(key, out var column))
        {
            return null;
        }

        try
        {
            return column.ToArray<T>();
        }
        catch (InvalidCastException error)
        {
            throw new BsdfException($"Column '{key}' cannot be read into {typeName}: {error.Message}");
        }
    }

    /// <summary>The error for a column a contract needs but the frame lacks.</summary>
    /// <param name="key">The missing column.</param>
    /// <param name="typeName">The contract.</param>
    public static BsdfException MissingColumn(string key, string typeName) =>
        new($"The data frame has no column '{key}', which {typeName} requires");
}
