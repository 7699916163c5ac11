namespace BsdfGen.DataFrames.Conversion;

/// <summary>Parses the type names written in the <c>t</c> key (the names <see cref="BsdfColumnType"/> writes).</summary>
internal static class ColumnTypeNames
{
    private static readonly Dictionary<string, BsdfColumnType> Prototypes = BuildPrototypes();

    /// <summary>A type of the named kind (with placeholder parameters where the kind has some), or null for an unknown name.</summary>
    public static BsdfColumnType? Find(string name) => Prototypes.GetValueOrDefault(name);

    private static Dictionary<string, BsdfColumnType> BuildPrototypes()
    {
        var types = new List<BsdfColumnType>();
        foreach (var kind in Enum.GetValues<BsdfColumnKind>())
        {
            if (kind is not (BsdfColumnKind.Timestamp or BsdfColumnKind.Time or BsdfColumnKind.Opaque or BsdfColumnKind.List
                or BsdfColumnKind.Struct or BsdfColumnKind.Ordered or BsdfColumnKind.Factor))
            {
                types.Add(BsdfColumnType.Of(kind));
            }
        }

        foreach (var unit in Enum.GetValues<BsdfTimeUnit>())
        {
            types.Add(BsdfColumnType.Timestamp(unit));
            types.Add(BsdfColumnType.Time(unit));
        }

        types.Add(BsdfColumnType.Opaque(1));
        types.Add(BsdfColumnType.List(BsdfColumnType.Null));
        types.Add(BsdfColumnType.Struct([]));
        types.Add(BsdfColumnType.Dictionary(BsdfColumnType.Int32, BsdfColumnType.Utf8, ordered: true));
        types.Add(BsdfColumnType.Dictionary(BsdfColumnType.Int32, BsdfColumnType.Utf8, ordered: false));
        return types.ToDictionary(type => type.Name, StringComparer.Ordinal);
    }
}
