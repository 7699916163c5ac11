namespace BsdfGen.DataFrames.Conversion;

/// <summary>The keys of the bson_dataframe column documents.</summary>
internal static class DataFrameKeys
{
    /// <summary>An array document's data.</summary>
    public const string Data = "d";

    /// <summary>An array document's validity mask.</summary>
    public const string Mask = "m";

    /// <summary>An array document's type name.</summary>
    public const string Type = "t";

    /// <summary>An array document's type parameter.</summary>
    public const string Param = "p";

    /// <summary>An array document's offset counts.</summary>
    public const string Offsets = "o";

    /// <summary>A struct's length, inside its data.</summary>
    public const string Length = "l";

    /// <summary>A struct's field documents, inside its data.</summary>
    public const string Fields = "f";

    /// <summary>A struct field's name, inside the type parameter.</summary>
    public const string Name = "n";

    /// <summary>A dictionary's index array (data) or index type (parameter).</summary>
    public const string Index = "i";

    /// <summary>A dictionary's category array (data) or category type (parameter).</summary>
    public const string Dictionary = "d";
}
