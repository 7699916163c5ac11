using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using BsdfGen.DataFrames;
using BsdfGen.DataFrames.BsdfFormat;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// A table: named, typed columns of equal length — what the <c>dataframe</c> extension carries. Columns are kept
/// in the order they were added and looked up by name; enumerating a frame gives <c>(name, column)</c> pairs.
/// <see cref="Bsdf.Encode(object?, BsdfOptions?)"/> writes a frame tagged <c>dataframe</c>, and decoding gives
/// one back; <see cref="BsdfDataFrameBson"/> does the same for BSON.
/// </summary>
/// <example>
/// <code>
/// var frame = new BsdfDataFrame()
///     .Add("id", new long[] { 1, 2, 3 })
///     .Add("price", new double?[] { 1.5, null, -2.25 })
///     .Add("name", new[] { "abc", null, "xyz" });
/// double? price = frame.GetColumn&lt;BsdfPrimitiveColumn&lt;double&gt;&gt;("price")[1]; // null
/// </code>
/// </example>
public sealed class BsdfDataFrame : IReadOnlyDictionary<string, BsdfColumn>
{
    private readonly ColumnSet _columns;

    /// <summary>Creates an empty frame; the first column added sets the number of rows.</summary>
    public BsdfDataFrame()
    {
        _columns = new ColumnSet(null, "column");
    }

    /// <summary>Creates an empty frame with a fixed number of rows.</summary>
    /// <param name="rowCount">The number of rows every column must have.</param>
    public BsdfDataFrame(int rowCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        _columns = new ColumnSet(rowCount, "column");
    }

    /// <summary>Creates a frame from named columns, in order.</summary>
    /// <param name="columns">The columns: unique names that are not empty, each with a column of the same length.</param>
    public BsdfDataFrame(IEnumerable<KeyValuePair<string, BsdfColumn>> columns)
        : this()
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var (name, column) in columns)
        {
            _columns.Add(name, column);
        }
    }

    /// <summary>The number of rows.</summary>
    public int RowCount => _columns.RowCount ?? 0;

    /// <summary>The number of columns.</summary>
    public int ColumnCount => _columns.Count;

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> ColumnNames => _columns.Names;

    /// <summary>The columns, in the order of <see cref="ColumnNames"/>.</summary>
    public IReadOnlyList<BsdfColumn> Columns => _columns.Columns;

    int IReadOnlyCollection<KeyValuePair<string, BsdfColumn>>.Count => ColumnCount;

    IEnumerable<string> IReadOnlyDictionary<string, BsdfColumn>.Keys => ColumnNames;

    IEnumerable<BsdfColumn> IReadOnlyDictionary<string, BsdfColumn>.Values => Columns;

    /// <summary>Gets a column by name, or replaces it (in its place) or adds it (at the end).</summary>
    /// <param name="name">The column name.</param>
    /// <exception cref="KeyNotFoundException">Getting a column that does not exist.</exception>
    /// <exception cref="ArgumentException">Setting a column of another length, or with an empty name.</exception>
    public BsdfColumn this[string name]
    {
        get => _columns.Get(name);
        set => _columns.Set(name, value);
    }

    /// <summary>Gets a column by position.</summary>
    /// <param name="index">The position, from 0.</param>
    public BsdfColumn this[int index] => _columns.Columns[index];

    /// <summary>Creates a frame from a <c>struct</c> column, whose fields become the columns.</summary>
    /// <param name="column">The struct column; every row must be present.</param>
    /// <exception cref="ArgumentException">A row of <paramref name="column"/> is missing.</exception>
    public static BsdfDataFrame FromStructColumn(BsdfStructColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Validity.HasNulls)
        {
            throw new ArgumentException($"{column.NullCount} rows of the struct column are missing; a data frame has every row", nameof(column));
        }

        var frame = new BsdfDataFrame(column.Length);
        for (var i = 0; i < column.Fields.Count; i++)
        {
            frame._columns.Add(column.FieldNames[i], column.Fields[i]);
        }

        return frame;
    }

    /// <summary>
    /// Reads a frame at the reader's position: a value tagged <c>dataframe</c> (or an untagged mapping of the same
    /// layout). The reader is left after it.
    /// </summary>
    /// <param name="reader">The reader, at the value's type id.</param>
    /// <param name="options">Limits (<see cref="BsdfOptions.MaxDepth"/>, <see cref="BsdfOptions.MaxBlobSize"/>); the defaults when null.</param>
    /// <exception cref="BsdfException">The value is not a valid data frame.</exception>
    public static BsdfDataFrame ReadFrom(ref BsdfReader reader, BsdfOptions? options = null) =>
        DataFrameWire.Read(ref reader, options ?? BsdfOptions.Default, depth: 0);

    /// <summary>Writes this frame, tagged <c>dataframe</c>, exactly as <see cref="Bsdf.Encode(object?, BsdfOptions?)"/> writes it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="options">Blob checksum and alignment, and <see cref="BsdfOptions.MaxDepth"/>; the defaults when null.</param>
    public void WriteTo(ref BsdfWriter writer, BsdfOptions? options = null) =>
        DataFrameWire.Write(ref writer, this, options ?? BsdfOptions.Default, depth: 0);

    /// <summary>Adds a column at the end.</summary>
    /// <param name="name">The column name: not empty and not taken.</param>
    /// <param name="column">The column; its length must be <see cref="RowCount"/> (unless this is the first column).</param>
    /// <returns>This frame, for chaining.</returns>
    public BsdfDataFrame Add(string name, BsdfColumn column)
    {
        _columns.Add(name, column);
        return this;
    }

    /// <summary>Adds a column made from .NET values (the type is chosen as <see cref="BsdfColumn.Create{T}(T[])"/> does).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values, copied once into the column; nulls are missing values. To use a number array without copying, add <see cref="BsdfPrimitiveColumn{T}.Wrap(T[], BsdfValidity?)"/>.</param>
    /// <returns>This frame, for chaining.</returns>
    public BsdfDataFrame Add<T>(string name, T[] values) => Add(name, BsdfColumn.Create(values));

    /// <summary>Adds a column made from .NET values (the type is chosen as <see cref="BsdfColumn.Create{T}(T[])"/> does).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values; nulls are missing values.</param>
    /// <returns>This frame, for chaining.</returns>
    public BsdfDataFrame Add<T>(string name, IEnumerable<T> values) => Add(name, BsdfColumn.Create(values));

    /// <summary>Removes a column.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>Whether there was such a column.</returns>
    public bool Remove(string name) => _columns.Remove(name);

    /// <summary>Whether there is a column of that name.</summary>
    /// <param name="name">The column name.</param>
    public bool ContainsColumn(string name) => _columns.IndexOf(name) >= 0;

    /// <summary>The position of a column, or -1.</summary>
    /// <param name="name">The column name.</param>
    public int IndexOf(string name) => _columns.IndexOf(name);

    /// <summary>Gets a column when there is one of that name.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column.</param>
    public bool TryGetColumn(string name, [MaybeNullWhen(false)] out BsdfColumn column)
    {
        column = _columns.Find(name);
        return column is not null;
    }

    /// <summary>Gets a column as its concrete class, e.g. <c>GetColumn&lt;BsdfStringColumn&gt;("name")</c>.</summary>
    /// <typeparam name="TColumn">The column class.</typeparam>
    /// <param name="name">The column name.</param>
    /// <exception cref="KeyNotFoundException">There is no such column.</exception>
    /// <exception cref="InvalidCastException">The column is of another class.</exception>
    public TColumn GetColumn<TColumn>(string name)
        where TColumn : BsdfColumn =>
        this[name] as TColumn
            ?? throw new InvalidCastException($"The column '{name}' is a {this[name].GetType().Name} ({this[name].Type}), not a {typeof(TColumn).Name}");

    /// <summary>The values of one row as a mapping from column name to value (see <see cref="BsdfColumn.GetValue(int)"/>).</summary>
    /// <param name="row">The row.</param>
    public BsdfMap GetRow(int row)
    {
        if ((uint)row >= (uint)RowCount)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The row must be from 0 to {RowCount - 1}");
        }

        var values = new BsdfMap(ColumnCount);
        for (var i = 0; i < ColumnCount; i++)
        {
            values.Add(ColumnNames[i], Columns[i].GetValue(row));
        }

        return values;
    }

    /// <summary>The columns as the fields of a <c>struct</c> column with every row present (the form a frame is written in).</summary>
    public BsdfStructColumn ToStructColumn() =>
        new(RowCount, ColumnNames.Select((name, index) => new KeyValuePair<string, BsdfColumn>(name, Columns[index])));

    /// <summary>Whether <paramref name="other"/> has the same columns in the same order, with equal content (see <see cref="BsdfColumn.ContentEquals(BsdfColumn?)"/>).</summary>
    /// <param name="other">The frame to compare with.</param>
    public bool ContentEquals(BsdfDataFrame? other) =>
        other is not null
        && RowCount == other.RowCount
        && ColumnNames.SequenceEqual(other.ColumnNames, StringComparer.Ordinal)
        && Columns.Zip(other.Columns).All(pair => pair.First.ContentEquals(pair.Second));

    /// <inheritdoc />
    public bool ContainsKey(string key) => ContainsColumn(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out BsdfColumn value) => TryGetColumn(key, out value);

    /// <summary>Enumerates the columns with their names, in order.</summary>
    public IEnumerator<KeyValuePair<string, BsdfColumn>> GetEnumerator()
    {
        for (var i = 0; i < ColumnCount; i++)
        {
            yield return new KeyValuePair<string, BsdfColumn>(ColumnNames[i], Columns[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A summary: the size and each column's name and type.</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"BsdfDataFrame: {RowCount} rows × {ColumnCount} columns");
        for (var i = 0; i < ColumnCount; i++)
        {
            text.Append(i == 0 ? " (" : ", ").Append(ColumnNames[i]).Append(": ").Append(Columns[i].Type);
        }

        return ColumnCount == 0 ? text.ToString() : text.Append(')').ToString();
    }
}
