using System.Runtime.CompilerServices;
using BsdfGen.DataFrames.Documents;

namespace BsdfGen.DataFrames.Conversion;

/// <summary>
/// Turns columns into bson_dataframe array documents: keys <c>d, m, t</c>, then <c>p</c> and <c>o</c> where the type
/// has them; dates and timestamps difference-encoded; offsets as int32 counts; every buffer LZ4-compressed.
/// </summary>
/// <remarks>The documents refer to pooled buffers: use them before disposing the encoder.</remarks>
/// <param name="maxDepth">The deepest column nesting written (the options' <see cref="BsdfOptions.MaxDepth"/>).</param>
internal sealed class ColumnEncoder(int maxDepth) : IDisposable
{
    private readonly CompressionBatch _buffers = new();

    /// <summary>A frame as a struct array document whose fields are the columns.</summary>
    public DocumentMap EncodeFrame(BsdfDataFrame frame) => EncodeColumn(frame.ToStructColumn());

    /// <summary>One column as an array document, its buffers compressed.</summary>
    public DocumentMap EncodeColumn(BsdfColumn column)
    {
        var document = Encode(column, 0);
        _buffers.CompressAll();
        return document;
    }

    /// <inheritdoc />
    public void Dispose() => _buffers.Dispose();

    private DocumentMap Encode(BsdfColumn column, int depth)
    {
        if (depth >= maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new BsdfException($"Data frame columns are nested deeper than the maximum depth of {maxDepth} (BsdfOptions.MaxDepth)");
        }

        var document = new DocumentMap()
            .Add(DataFrameKeys.Data, Data(column, depth))
            .Add(DataFrameKeys.Mask, _buffers.Add(column.Validity.BitsArray))
            .Add(DataFrameKeys.Type, new DocumentString(column.Type.Name));
        if (TypeDocuments.Parameter(column.Type) is { } parameter)
        {
            document.Add(DataFrameKeys.Param, parameter);
        }

        if (Offsets(column) is { } offsets)
        {
            document.Add(DataFrameKeys.Offsets, _buffers.Counts(offsets));
        }

        return document;
    }

    private static int[]? Offsets(BsdfColumn column) => column switch
    {
        BsdfVariableWidthColumn variableWidth => variableWidth.OffsetStorage,
        BsdfListColumn list => list.OffsetStorage,
        _ => null,
    };

    private DocumentNode Data(BsdfColumn column, int depth) => column switch
    {
        BsdfNullColumn => new DocumentInteger(column.Length, isInt64: true),
        BsdfDateColumn date => _buffers.Differences(date.Storage),
        BsdfDateMillisecondsColumn date => _buffers.Differences(date.Storage),
        BsdfTimestampColumn timestamp => _buffers.Differences(timestamp.Storage),
        BsdfTimeColumn time when BsdfTimeColumn.IsStoredAs32Bits(time.Unit) => _buffers.Narrowed(time.Storage),
        IRawValues fixedWidth => _buffers.Add(fixedWidth.RawValues, fixedWidth.RawValueSize),
        BsdfOpaqueColumn opaque => _buffers.Add(opaque.Storage),
        BsdfVariableWidthColumn variableWidth => _buffers.Add(variableWidth.DataStorage),
        BsdfListColumn list => Encode(list.Values, depth + 1),
        BsdfStructColumn record => StructData(record, depth),
        BsdfDictionaryColumn dictionary => new DocumentMap()
            .Add(DataFrameKeys.Index, Encode(dictionary.Indices, depth + 1))
            .Add(DataFrameKeys.Dictionary, Encode(dictionary.Categories, depth + 1)),
        _ => throw new BsdfException($"Cannot encode a column of class {column.GetType().Name}"),
    };

    private DocumentMap StructData(BsdfStructColumn record, int depth)
    {
        var fields = new DocumentMap();
        for (var i = 0; i < record.Fields.Count; i++)
        {
            fields.Add(record.FieldNames[i], Encode(record.Fields[i], depth + 1));
        }

        return new DocumentMap()
            .Add(DataFrameKeys.Length, new DocumentInteger(record.Length, isInt64: true))
            .Add(DataFrameKeys.Fields, fields);
    }
}
