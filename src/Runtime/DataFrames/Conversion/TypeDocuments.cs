using BsdfGen.DataFrames.Documents;

namespace BsdfGen.DataFrames.Conversion;

/// <summary>Writes column types as the <c>t</c> and <c>p</c> of the bson_dataframe documents.</summary>
internal static class TypeDocuments
{
    /// <summary>A type document: <c>{t: name, p: parameter}</c>, without <c>p</c> when the type has none.</summary>
    public static DocumentMap Of(BsdfColumnType type)
    {
        var document = new DocumentMap().Add(DataFrameKeys.Type, new DocumentString(type.Name));
        return Parameter(type) is { } parameter ? document.Add(DataFrameKeys.Param, parameter) : document;
    }

    /// <summary>
    /// The <c>p</c> of a type, or null when it has none: the time zone of a timestamp, the width of an opaque type, the
    /// element type of a list, <c>[{n, t, p?}, …]</c> for a struct, and <c>{i, d}</c> for a dictionary unless its
    /// types are the defaults (int32 indices, utf8 categories), as bson_dataframe leaves it out then.
    /// </summary>
    public static DocumentNode? Parameter(BsdfColumnType type)
    {
        switch (type.Kind)
        {
            case BsdfColumnKind.Timestamp when type.TimeZone is { } zone:
                return new DocumentString(zone);
            case BsdfColumnKind.Opaque:
                return new DocumentInteger(type.Width!.Value, isInt64: false);
            case BsdfColumnKind.List:
                return Of(type.ElementType!);
            case BsdfColumnKind.Struct:
                var fields = new DocumentList();
                foreach (var field in type.Fields)
                {
                    var entry = new DocumentMap()
                        .Add(DataFrameKeys.Name, new DocumentString(field.Name))
                        .Add(DataFrameKeys.Type, new DocumentString(field.Type.Name));
                    fields.Items.Add(Parameter(field.Type) is { } parameter ? entry.Add(DataFrameKeys.Param, parameter) : entry);
                }

                return fields;
            case BsdfColumnKind.Ordered or BsdfColumnKind.Factor when !IsDefaultDictionary(type):
                return new DocumentMap()
                    .Add(DataFrameKeys.Index, Of(type.IndexType!))
                    .Add(DataFrameKeys.Dictionary, Of(type.CategoryType!));
            default:
                return null;
        }
    }

    /// <summary>Whether a dictionary type has the default index and category types, which need no <c>p</c>.</summary>
    public static bool IsDefaultDictionary(BsdfColumnType type) =>
        type.IndexType!.Equals(BsdfColumnType.Int32) && type.CategoryType!.Equals(BsdfColumnType.Utf8);
}
