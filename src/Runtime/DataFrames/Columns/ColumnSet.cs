using System.Collections.ObjectModel;

namespace BsdfGen.DataFrames;

/// <summary>Named columns of one length in order: the columns of a data frame or the fields of a struct column.</summary>
internal sealed class ColumnSet
{
    private readonly List<string> _names = [];
    private readonly List<BsdfColumn> _columns = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly string _what;

    /// <summary>Creates an empty set.</summary>
    /// <param name="rowCount">The length every column must have, or null to take it from the first column.</param>
    /// <param name="what">What a member is called in error messages (<c>column</c>, <c>field</c>).</param>
    public ColumnSet(int? rowCount, string what)
    {
        RowCount = rowCount;
        _what = what;
        Names = _names.AsReadOnly();
        Columns = _columns.AsReadOnly();
    }

    public int? RowCount { get; private set; }

    public ReadOnlyCollection<string> Names { get; }

    public ReadOnlyCollection<BsdfColumn> Columns { get; }

    public int Count => _columns.Count;

    public int IndexOf(string name) => _positions.GetValueOrDefault(name, -1);

    public BsdfColumn? Find(string name) => _positions.TryGetValue(name, out var position) ? _columns[position] : null;

    public BsdfColumn Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"There is no {_what} '{name}'; the {_what}s are: {string.Join(", ", _names)}");

    /// <exception cref="ArgumentException">The name is empty or taken, or the column has another length.</exception>
    public void Add(string name, BsdfColumn column)
    {
        CheckColumn(name, column);
        if (_positions.ContainsKey(name))
        {
            throw new ArgumentException($"There already is a {_what} '{name}'", nameof(name));
        }

        _positions.Add(name, _columns.Count);
        _names.Add(name);
        _columns.Add(column);
    }

    /// <summary>Replaces the column of that name in its place, or adds it at the end.</summary>
    public void Set(string name, BsdfColumn column)
    {
        if (_positions.TryGetValue(name, out var position))
        {
            CheckColumn(name, column);
            _columns[position] = column;
        }
        else
        {
            Add(name, column);
        }
    }

    public bool Remove(string name)
    {
        if (!_positions.Remove(name, out var position))
        {
            return false;
        }

        _names.RemoveAt(position);
        _columns.RemoveAt(position);
        for (var i = position; i < _names.Count; i++)
        {
            _positions[_names[i]] = i;
        }

        return true;
    }

    private void CheckColumn(string name, BsdfColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"A {_what} needs a name that is not empty", nameof(name));
        }

        RowCount ??= column.Length;
        if (column.Length != RowCount)
        {
            throw new ArgumentException($"The {_what} '{name}' has {column.Length} rows, but the others have {RowCount}", nameof(column));
        }
    }
}
