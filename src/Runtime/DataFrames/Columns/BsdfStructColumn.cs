using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>A <c>struct</c> column: each row is a record of named fields; each field is a column of the same length.</summary>
public sealed class BsdfStructColumn : BsdfColumn
{
    private readonly ColumnSet _fields;
    private BsdfColumnType? _type;

    /// <summary>Creates a column from its fields.</summary>
    /// <param name="length">The number of rows (every field has it).</param>
    /// <param name="fields">The fields in order: unique names that are not empty, with their columns.</param>
    /// <param name="validity">Which rows hold a record; all of them when null.</param>
    /// <exception cref="ArgumentException">A name is empty or repeated, or a field has another length.</exception>
    public BsdfStructColumn(int length, IEnumerable<KeyValuePair<string, BsdfColumn>> fields, BsdfValidity? validity = null)
        : base(length, validity)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new ColumnSet(length, "field");
        foreach (var (name, column) in fields)
        {
            _fields.Add(name, column);
        }
    }

    /// <inheritdoc />
    public override BsdfColumnType Type =>
        _type ??= BsdfColumnType.Struct(_fields.Names.Select((name, index) => new BsdfStructField(name, _fields.Columns[index].Type)));

    /// <summary>The field names, in order.</summary>
    public IReadOnlyList<string> FieldNames => _fields.Names;

    /// <summary>The field columns, in the order of <see cref="FieldNames"/>.</summary>
    public IReadOnlyList<BsdfColumn> Fields => _fields.Columns;

    /// <summary>The column of a field.</summary>
    /// <param name="name">The field name.</param>
    /// <exception cref="KeyNotFoundException">There is no such field.</exception>
    public BsdfColumn GetField(string name) => _fields.Get(name);

    /// <summary>The column of a field, when there is one of that name.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="field">The column.</param>
    public bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out BsdfColumn field)
    {
        field = _fields.Find(name);
        return field is not null;
    }

    /// <summary>The record of <paramref name="row"/> as a mapping from field name to value, or null when the row is missing.</summary>
    /// <param name="row">The row.</param>
    public override object? GetValue(int row)
    {
        if (!IsValid(row))
        {
            return null;
        }

        var record = new BsdfMap(_fields.Count);
        for (var i = 0; i < _fields.Count; i++)
        {
            record.Add(_fields.Names[i], _fields.Columns[i].GetValue(row));
        }

        return record;
    }

    /// <inheritdoc />
    private protected override bool ValueEquals(int row, BsdfColumn other, int otherRow)
    {
        var fields = ((BsdfStructColumn)other).Fields;
        for (var i = 0; i < Fields.Count; i++)
        {
            if (!RowsEqual(Fields[i], row, fields[i], otherRow))
            {
                return false;
            }
        }

        return true;
    }
}
