using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>
/// An <c>ordered</c> or <c>factor</c> column (dictionary-encoded, "categorical"): each row is an index into
/// <see cref="Categories"/>. The categories are kept as they are, in their order — meaningful for <c>ordered</c>.
/// </summary>
public sealed class BsdfDictionaryColumn : BsdfColumn
{
    private BsdfColumnType? _type;

    /// <summary>Creates a column from indices and categories.</summary>
    /// <param name="indices">An integer column: the category of every row (any value in missing rows).</param>
    /// <param name="categories">The categories.</param>
    /// <param name="ordered">True for <c>ordered</c> (category order is meaningful), false for <c>factor</c>.</param>
    /// <param name="validity">Which rows hold a value; all of them when null. A row is also missing where <paramref name="indices"/> is.</param>
    /// <exception cref="ArgumentException">The indices are not integers or a present row's index is not a category.</exception>
    public BsdfDictionaryColumn(BsdfColumn indices, BsdfColumn categories, bool ordered, BsdfValidity? validity = null)
        : base(indices?.Length ?? throw new ArgumentNullException(nameof(indices)), validity)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var outOfRange = IndexValues.FindOutOfRange(indices, Validity, categories.Length);
        if (outOfRange >= 0)
        {
            throw new ArgumentException(
                $"Row {outOfRange} has index {IndexValues.At(indices, outOfRange)}, but there are {categories.Length} categories", nameof(indices));
        }

        Indices = indices;
        Categories = categories;
        IsOrdered = ordered;
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => _type ??= BsdfColumnType.Dictionary(Indices.Type, Categories.Type, IsOrdered);

    /// <summary>The index of every row into <see cref="Categories"/>.</summary>
    public BsdfColumn Indices { get; }

    /// <summary>The categories (the dictionary).</summary>
    public BsdfColumn Categories { get; }

    /// <summary>Whether the category order is meaningful (<c>ordered</c>) or not (<c>factor</c>).</summary>
    public bool IsOrdered { get; }

    /// <summary>Creates a column of text categories, in the order they first appear; null is a missing value.</summary>
    /// <param name="values">The values.</param>
    /// <param name="ordered">True for <c>ordered</c>, false for <c>factor</c>.</param>
    public static BsdfDictionaryColumn FromStrings(IEnumerable<string?> values, bool ordered = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = values as IReadOnlyList<string?> ?? values.ToList();
        return FromStrings(rows, rows.OfType<string>().Distinct(StringComparer.Ordinal), ordered);
    }

    /// <summary>Creates a column of text values from given categories (in their order); null is a missing value.</summary>
    /// <param name="values">The values; each one not null must be a category.</param>
    /// <param name="categories">The categories, unique.</param>
    /// <param name="ordered">True for <c>ordered</c>, false for <c>factor</c>.</param>
    /// <exception cref="ArgumentException">A value is not a category, or a category is repeated.</exception>
    public static BsdfDictionaryColumn FromStrings(IEnumerable<string?> values, IEnumerable<string> categories, bool ordered)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(categories);
        var categoryList = categories.ToList();
        var positions = new Dictionary<string, int>(categoryList.Count, StringComparer.Ordinal);
        foreach (var category in categoryList)
        {
            if (!positions.TryAdd(category, positions.Count))
            {
                throw new ArgumentException($"The category '{category}' is given twice", nameof(categories));
            }
        }

        var rows = values as IReadOnlyList<string?> ?? values.ToList();
        var indices = new int[rows.Count];
        for (var row = 0; row < rows.Count; row++)
        {
            if (rows[row] is { } value)
            {
                indices[row] = positions.TryGetValue(value, out var position)
                    ? position
                    : throw new ArgumentException($"The value '{value}' of row {row} is not one of the categories", nameof(values));
            }
        }

        var validity = NullableValues.OfReferences(rows);
        return new BsdfDictionaryColumn(new BsdfPrimitiveColumn<int>(indices, validity), new BsdfStringColumn(categoryList), ordered, validity);
    }

    /// <summary>The category index of <paramref name="row"/>, or null when the row is missing.</summary>
    /// <param name="row">The row.</param>
    public long? GetIndex(int row) => IsValid(row) && Indices.IsValid(row) ? IndexValues.At(Indices, row) : null;

    /// <summary>The category of <paramref name="row"/> as an object, or null when the row is missing.</summary>
    /// <param name="row">The row.</param>
    public override object? GetValue(int row) => GetIndex(row) is { } index ? Categories.GetValue((int)index) : null;

    /// <inheritdoc />
    private protected override bool ValueEquals(int row, BsdfColumn other, int otherRow)
    {
        var dictionary = (BsdfDictionaryColumn)other;
        var (index, otherIndex) = (GetIndex(row), dictionary.GetIndex(otherRow));
        return index is { } mine && otherIndex is { } theirs
            ? RowsEqual(Categories, (int)mine, dictionary.Categories, (int)theirs)
            : index is null && otherIndex is null;
    }
}
