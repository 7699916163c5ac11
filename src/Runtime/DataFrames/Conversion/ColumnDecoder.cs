using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BsdfGen.Codecs.Lz4;
using BsdfGen.DataFrames.Documents;
using BsdfGen.Limits;
using BsdfGen.Wire;

namespace BsdfGen.DataFrames.Conversion;

/// <summary>
/// Turns bson_dataframe array documents (read from BSDF or BSON) into columns, trusting nothing: every declared
/// size is checked against the rows it must hold, <see cref="BsdfOptions.MaxBlobSize"/>, <see cref="BsdfOptions.MaxFrameRows"/>
/// and the decode budget (<see cref="BsdfOptions.MaxDecodedBytes"/>) before anything is allocated, offsets must grow from 0 to the end of their data, masks must have <c>ceil(n / 8)</c> bytes, child
/// columns must have the lengths their parents give them, and nesting is bounded by <see cref="BsdfOptions.MaxDepth"/>.
/// Keys may come in any order; unknown keys are ignored. Errors are <see cref="BsdfException"/>s at the offending node.
/// </summary>
/// <remarks>
/// Decoding takes three steps. Planning walks the tree on the calling thread: it checks the structure and every declared
/// size, charges the budget, allocates each buffer's array and queues its LZ4 block. Then every queued block is
/// decompressed at once, in parallel (<see cref="DecompressionBatch"/>). Last, the planned columns are built, which
/// checks what depends on the decompressed values (offsets, UTF-8, dictionary indices, the lengths offsets give).
/// </remarks>
internal readonly ref struct ColumnDecoder
{
    private readonly ReadOnlySpan<byte> _input;
    private readonly BsdfOptions _options;
    private readonly DecompressionBatch _buffers;

    /// <param name="input">What the tree was read from (binary nodes refer to ranges of it).</param>
    /// <param name="options">The limits.</param>
    public ColumnDecoder(ReadOnlySpan<byte> input, BsdfOptions options)
    {
        _input = input;
        _options = options;
        _buffers = new DecompressionBatch();
    }

    /// <summary>A frame: a struct array document with every row present.</summary>
    public BsdfDataFrame DecodeFrame(DocumentNode node)
    {
        using var budget = DecodeBudget.Begin(_options);
        var document = Map(node, string.Empty, "a struct array document");
        var type = Text(Required(document, DataFrameKeys.Type, string.Empty), DataFrameKeys.Type, string.Empty);
        if (type != "struct")
        {
            throw Error(document, string.Empty, $"a data frame must be a struct array document, not '{type}'");
        }

        var table = (BsdfStructColumn)Finish(Plan(document, null, string.Empty, 0));
        if (table.Validity.HasNulls)
        {
            throw Error(document, string.Empty, $"{table.NullCount} rows are marked missing, but every row of a data frame is present");
        }

        return BsdfDataFrame.FromStructColumn(table);
    }

    /// <summary>One array document.</summary>
    /// <param name="node">The document.</param>
    /// <param name="expectedLength">The number of rows the parent requires, when it knows.</param>
    /// <param name="path">The column's name path, for errors.</param>
    /// <param name="depth">The column nesting depth.</param>
    public BsdfColumn DecodeColumn(DocumentNode node, int? expectedLength, string path, int depth)
    {
        using var budget = DecodeBudget.Begin(_options);
        return Finish(Plan(node, expectedLength, path, depth));
    }

    private BsdfColumn Finish(PlannedColumn column)
    {
        _buffers.DecompressAll(_input);
        return column.Build();
    }

    /// <summary>Plans one array document: checks it and queues its buffers.</summary>
    private PlannedColumn Plan(DocumentNode node, int? expectedLength, string path, int depth)
    {
        if (depth >= _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(node, path, $"columns are nested deeper than the maximum depth of {_options.MaxDepth} (BsdfOptions.MaxDepth)");
        }

        var document = Map(node, path, "an array document");
        var typeNode = Required(document, DataFrameKeys.Type, path);
        var typeName = Text(typeNode, DataFrameKeys.Type, path);
        var type = ColumnTypeNames.Find(typeName) ?? throw Error(typeNode, path, $"unknown column type '{typeName}'");
        var column = PlanData(document, type, expectedLength, path, depth);
        if (expectedLength is { } expected && column.Length != expected)
        {
            throw Error(document, path, $"the column has {column.Length} rows, but {expected} are expected");
        }

        if (column.Length > _options.MaxFrameRows)
        {
            throw LimitError(document, path, $"the column has {column.Length} rows, over the limit of {_options.MaxFrameRows}", nameof(BsdfOptions.MaxFrameRows));
        }

        return column;
    }

    private static string Where(string path) => path.Length == 0 ? "Data frame" : $"Data frame column '{path}'";

    private static BsdfException Error(DocumentNode node, string path, string message) =>
        node.Offset >= 0 ? new BsdfException($"{Where(path)}: {message}", node.Offset) : new BsdfException($"{Where(path)}: {message}");

    private static BsdfException LimitError(DocumentNode node, string path, string message, string option) =>
        BsdfThrow.LimitError($"{Where(path)}: {message}", option, node.Offset);

    private static DocumentMap Map(DocumentNode node, string path, string what) =>
        node as DocumentMap ?? throw Error(node, path, $"expected {what} (a mapping) but found {node.Description}");

    private static DocumentNode Required(DocumentMap document, string key, string path) =>
        document.Find(key) ?? throw Error(document, path, $"the document has no '{key}' key");

    private static string Text(DocumentNode node, string key, string path) =>
        node is DocumentString text ? text.Value : throw Error(node, path, $"'{key}' must be a string, not {node.Description}");

    private static int Count(DocumentNode node, string key, string path, int minimum) =>
        node is DocumentInteger { Value: var value } && value >= minimum && value <= int.MaxValue
            ? (int)value
            : throw Error(node, path, $"'{key}' must be an integer from {minimum} to {int.MaxValue}, not {Describe(node)}");

    /// <summary>A declared row count: within <see cref="BsdfOptions.MaxFrameRows"/>.</summary>
    private int Rows(DocumentNode node, string key, string path)
    {
        var rows = Count(node, key, path, 0);
        return rows <= _options.MaxFrameRows
            ? rows
            : throw LimitError(node, path, $"'{key}' declares {rows} rows, over the limit of {_options.MaxFrameRows}", nameof(BsdfOptions.MaxFrameRows));
    }

    private static DocumentBinary Binary(DocumentMap document, string key, string path)
    {
        var node = Required(document, key, path);
        return node as DocumentBinary ?? throw Error(node, path, $"'{key}' must be binary data (a blob), not {node.Description}");
    }

    private static string Describe(DocumentNode node) => node is DocumentInteger integer ? integer.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : node.Description;

    private static void CheckDeclaredType(DocumentNode? declaration, BsdfColumn column, string what, string path)
    {
        if (declaration is null)
        {
            return;
        }

        var declared = Text(Required(Map(declaration, path, $"the {what} type document"), DataFrameKeys.Type, path), DataFrameKeys.Type, path);
        if (declared != column.Type.Name)
        {
            throw Error(declaration, path, $"the {what} type is declared '{declared}' but the data holds '{column.Type.Name}'");
        }
    }

    private static void PrefixSums(Span<int> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            values[i] = unchecked(values[i] + values[i - 1]);
        }
    }

    private static void PrefixSums(Span<long> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            values[i] = unchecked(values[i] + values[i - 1]);
        }
    }

    private PlannedColumn PlanData(DocumentMap document, BsdfColumnType type, int? expectedLength, string path, int depth)
    {
        PlannedColumn column;
        try
        {
            column = type.Kind switch
            {
                BsdfColumnKind.Null => Nulls(document, expectedLength, path),
                BsdfColumnKind.Bool => Booleans(document, expectedLength, path),
                BsdfColumnKind.Int8 => Primitive<sbyte>(document, expectedLength, path),
                BsdfColumnKind.Int16 => Primitive<short>(document, expectedLength, path),
                BsdfColumnKind.Int32 => Primitive<int>(document, expectedLength, path),
                BsdfColumnKind.Int64 => Primitive<long>(document, expectedLength, path),
                BsdfColumnKind.UInt8 => Primitive<byte>(document, expectedLength, path),
                BsdfColumnKind.UInt16 => Primitive<ushort>(document, expectedLength, path),
                BsdfColumnKind.UInt32 => Primitive<uint>(document, expectedLength, path),
                BsdfColumnKind.UInt64 => Primitive<ulong>(document, expectedLength, path),
                BsdfColumnKind.Float16 => Primitive<Half>(document, expectedLength, path),
                BsdfColumnKind.Float32 => Primitive<float>(document, expectedLength, path),
                BsdfColumnKind.Float64 => Primitive<double>(document, expectedLength, path),
                BsdfColumnKind.Date => Dates(document, expectedLength, path),
                BsdfColumnKind.DateMilliseconds => DateMilliseconds(document, expectedLength, path),
                BsdfColumnKind.Timestamp => Timestamps(document, type.Unit!.Value, expectedLength, path),
                BsdfColumnKind.Time => Times(document, type.Unit!.Value, expectedLength, path),
                BsdfColumnKind.Opaque => Opaque(document, expectedLength, path),
                BsdfColumnKind.Bytes => Bytes(document, expectedLength, path),
                BsdfColumnKind.Utf8 => Strings(document, expectedLength, path),
                BsdfColumnKind.List => List(document, expectedLength, path, depth),
                BsdfColumnKind.Struct => Struct(document, expectedLength, path, depth),
                _ => Dictionary(document, type.Kind == BsdfColumnKind.Ordered, expectedLength, path, depth),
            };
        }
        catch (ArgumentException error)
        {
            throw Error(document, path, error.Message);
        }

        // The column constructors reject what they cannot hold (e.g. indices that name no category); report it at this document.
        return column.ReportingArgumentErrors(message => Error(document, path, message));
    }

    /// <summary>
    /// Checks a buffer's declared size — a whole number of values, <paramref name="expectedCount"/> of them when given,
    /// within the blob size limit and the decode budget — then allocates its array and queues the block to fill it.
    /// </summary>
    /// <returns>The array, filled once the batch has been decompressed.</returns>
    private T[] Buffer<T>(DocumentBinary node, int? expectedCount, string path, string what)
        where T : unmanaged
    {
        int declared;
        try
        {
            declared = Lz4SizePrefixedBlock.DeclaredSize(node.GetBytes(_input));
        }
        catch (InvalidDataException error)
        {
            throw Error(node, path, $"the {what} buffer is not a size-prefixed LZ4 block: {error.Message}");
        }

        var size = Unsafe.SizeOf<T>();
        if (declared % size != 0)
        {
            throw Error(node, path, $"the {what} buffer holds {declared} bytes, not a whole number of {size}-byte values");
        }

        if (expectedCount is { } expected)
        {
            CheckCount(node, path, what, declared / size, size, expected);
        }

        if (declared > _options.MaxBlobSize)
        {
            throw LimitError(node, path, $"the {what} buffer declares {declared} bytes, over the limit of {_options.MaxBlobSize}", nameof(BsdfOptions.MaxBlobSize));
        }

        DecodeBudget.Charge(declared, _options, $"{Where(path)}'s {what} buffer", node.Offset);

        var values = GC.AllocateUninitializedArray<T>(declared / size);
        _buffers.Add(node, values, declared, reason => Error(node, path, $"the {what} buffer is corrupt: {reason}"));
        return values;
    }

    /// <summary>Throws unless a buffer holds the number of values its column requires.</summary>
    private static void CheckCount(DocumentNode node, string path, string what, int count, int size, int expected)
    {
        if (count != expected)
        {
            throw Error(node, path, $"the {what} buffer holds {count} values of {size} bytes, but {expected} are expected");
        }
    }

    /// <summary>Queues the validity mask, which must have exactly <c>ceil(length / 8)</c> bytes.</summary>
    private byte[] Mask(DocumentMap document, int length, string path) =>
        Buffer<byte>(Binary(document, DataFrameKeys.Mask, path), BsdfValidity.ByteCount(length), path, "mask");

    /// <summary>Queues the <c>o</c> counts: one more than the rows, so at least one.</summary>
    private (int[] Counts, DocumentBinary Node) Offsets(DocumentMap document, int? expectedLength, string path)
    {
        var node = Binary(document, DataFrameKeys.Offsets, path);
        var counts = Buffer<int>(node, expectedLength + 1, path, "offsets");
        return counts.Length > 0 ? (counts, node) : throw Error(node, path, "the offset counts must start with 0");
    }

    /// <summary>Turns decompressed counts into offsets in place: the first 0, none negative, the sum within an array.</summary>
    private static int[] ToOffsets(int[] offsets, DocumentBinary node, string path)
    {
        if (offsets[0] != 0)
        {
            throw Error(node, path, "the offset counts must start with 0");
        }

        long end = 0;
        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < 0)
            {
                throw Error(node, path, $"offset count {i} is negative ({offsets[i]})");
            }

            end += offsets[i];
            if (end > Array.MaxLength)
            {
                throw Error(node, path, $"the offset counts add up to more than {Array.MaxLength}");
            }

            offsets[i] = (int)end;
        }

        return offsets;
    }

    private PlannedColumn Nulls(DocumentMap document, int? expectedLength, string path)
    {
        var length = Rows(Required(document, DataFrameKeys.Data, path), DataFrameKeys.Data, path);
        if (expectedLength is { } expected && length != expected)
        {
            throw Error(document, path, $"the column has {length} rows, but {expected} are expected");
        }

        Mask(document, length, path);
        return new(length, () => new BsdfNullColumn(length));
    }

    private T[] Values<T>(DocumentMap document, int? expectedLength, string path)
        where T : unmanaged => Buffer<T>(Binary(document, DataFrameKeys.Data, path), expectedLength, path, "data");

    /// <summary>Plans a column of one stored value per row, built by <paramref name="build"/> from the decompressed values and validity.</summary>
    private PlannedColumn FixedWidth<T>(DocumentMap document, int? expectedLength, string path, Func<T[], BsdfValidity, BsdfColumn> build)
        where T : unmanaged
    {
        var values = Values<T>(document, expectedLength, path);
        var mask = Mask(document, values.Length, path);
        return new(values.Length, () => build(values, BsdfValidity.Wrap(mask, values.Length)));
    }

    private PlannedColumn Primitive<T>(DocumentMap document, int? expectedLength, string path)
        where T : unmanaged =>
        FixedWidth<T>(document, expectedLength, path, static (values, validity) => new BsdfPrimitiveColumn<T>(values, validity));

    private PlannedColumn Booleans(DocumentMap document, int? expectedLength, string path) =>
        FixedWidth<byte>(document, expectedLength, path, static (values, validity) =>
        {
            foreach (ref var value in values.AsSpan())
            {
                value = value == 0 ? (byte)0 : (byte)1;
            }

            return new BsdfPrimitiveColumn<bool>(Unsafe.As<bool[]>(values), validity);
        });

    private PlannedColumn Dates(DocumentMap document, int? expectedLength, string path) =>
        FixedWidth<int>(document, expectedLength, path, static (days, validity) =>
        {
            PrefixSums(days);
            return new BsdfDateColumn(days, validity);
        });

    private PlannedColumn DateMilliseconds(DocumentMap document, int? expectedLength, string path) =>
        FixedWidth<long>(document, expectedLength, path, static (milliseconds, validity) =>
        {
            PrefixSums(milliseconds);
            return new BsdfDateMillisecondsColumn(milliseconds, validity);
        });

    private PlannedColumn Timestamps(DocumentMap document, BsdfTimeUnit unit, int? expectedLength, string path)
    {
        var zone = document.Find(DataFrameKeys.Param) is { } parameter ? Text(parameter, DataFrameKeys.Param, path) : null;
        return FixedWidth<long>(document, expectedLength, path, (values, validity) =>
        {
            PrefixSums(values);
            return new BsdfTimestampColumn(values, unit, zone, validity);
        });
    }

    private PlannedColumn Times(DocumentMap document, BsdfTimeUnit unit, int? expectedLength, string path) =>
        BsdfTimeColumn.IsStoredAs32Bits(unit)
            ? FixedWidth<int>(document, expectedLength, path, (narrow, validity) =>
            {
                var values = new long[narrow.Length];
                for (var i = 0; i < narrow.Length; i++)
                {
                    values[i] = narrow[i];
                }

                return new BsdfTimeColumn(values, unit, validity);
            })
            : FixedWidth<long>(document, expectedLength, path, (values, validity) => new BsdfTimeColumn(values, unit, validity));

    private PlannedColumn Opaque(DocumentMap document, int? expectedLength, string path)
    {
        var width = Count(Required(document, DataFrameKeys.Param, path), DataFrameKeys.Param, path, 1);
        var expectedBytes = expectedLength * (long)width;
        if (expectedBytes > int.MaxValue)
        {
            throw Error(document, path, $"{expectedLength} values of {width} bytes do not fit one array");
        }

        var dataNode = Binary(document, DataFrameKeys.Data, path);
        var data = Buffer<byte>(dataNode, (int?)expectedBytes, path, "data");
        if (data.Length % width != 0)
        {
            throw Error(dataNode, path, $"the data buffer holds {data.Length} bytes, not a whole number of {width}-byte values");
        }

        var length = data.Length / width;
        var mask = Mask(document, length, path);
        return new(length, () => new BsdfOpaqueColumn(width, data, BsdfValidity.Wrap(mask, length)));
    }

    /// <summary>
    /// Plans a <c>bytes</c> or <c>utf8</c> column: offsets and data, whose length the offsets give (checked once both
    /// are decompressed), built by <paramref name="build"/>.
    /// </summary>
    private PlannedColumn VariableWidth(DocumentMap document, int? expectedLength, string path, Func<byte[], int[], BsdfValidity, BsdfColumn> build)
    {
        var (counts, offsetsNode) = Offsets(document, expectedLength, path);
        var dataNode = Binary(document, DataFrameKeys.Data, path);
        var data = Buffer<byte>(dataNode, null, path, "data");
        var length = counts.Length - 1;
        var mask = Mask(document, length, path);
        return new(length, () =>
        {
            var offsets = ToOffsets(counts, offsetsNode, path);
            CheckCount(dataNode, path, "data", data.Length, 1, offsets[^1]);
            return build(data, offsets, BsdfValidity.Wrap(mask, length));
        });
    }

    private PlannedColumn Bytes(DocumentMap document, int? expectedLength, string path) =>
        VariableWidth(document, expectedLength, path, static (data, offsets, validity) => new BsdfBinaryColumn(data, offsets, validity));

    private PlannedColumn Strings(DocumentMap document, int? expectedLength, string path)
    {
        var dataNode = Required(document, DataFrameKeys.Data, path);
        return VariableWidth(document, expectedLength, path, (data, offsets, validity) =>
            Utf8Values.AreValid(data, offsets)
                ? new BsdfStringColumn(data, offsets, validity)
                : throw Error(dataNode, path, "a utf8 value is not valid UTF-8"));
    }

    private PlannedColumn List(DocumentMap document, int? expectedLength, string path, int depth)
    {
        var (counts, offsetsNode) = Offsets(document, expectedLength, path);
        var valuesNode = Required(document, DataFrameKeys.Data, path);
        var valuesPath = path + "[]";
        var plannedValues = Plan(valuesNode, null, valuesPath, depth + 1);
        var declaration = document.Find(DataFrameKeys.Param);
        var length = counts.Length - 1;
        var mask = Mask(document, length, path);
        return new(length, () =>
        {
            var offsets = ToOffsets(counts, offsetsNode, path);
            if (plannedValues.Length != offsets[^1])
            {
                throw Error(valuesNode, valuesPath, $"the column has {plannedValues.Length} rows, but {offsets[^1]} are expected");
            }

            var values = plannedValues.Build();
            CheckDeclaredType(declaration, values, "element", path);
            return new BsdfListColumn(values, offsets, BsdfValidity.Wrap(mask, length));
        });
    }

    private PlannedColumn Struct(DocumentMap document, int? expectedLength, string path, int depth)
    {
        var data = Map(Required(document, DataFrameKeys.Data, path), path, "the struct data");
        var length = Rows(Required(data, DataFrameKeys.Length, path), DataFrameKeys.Length, path);
        if (expectedLength is { } expected && length != expected)
        {
            throw Error(data, path, $"the struct has {length} rows, but {expected} are expected");
        }

        var fieldDocuments = Map(Required(data, DataFrameKeys.Fields, path), path, "the struct fields");
        var fields = new List<(string Name, string Path, DocumentNode? Declaration, PlannedColumn Column)>(fieldDocuments.Entries.Count);
        foreach (var (name, declaration) in FieldOrder(document.Find(DataFrameKeys.Param), fieldDocuments, path))
        {
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
            fields.Add((name, fieldPath, declaration, Plan(fieldDocuments.Find(name)!, length, fieldPath, depth + 1)));
        }

        var mask = Mask(document, length, path);
        return new(length, () =>
        {
            // The fields are independent; checking and converting their values took a sixth of the time of decompressing
            // them. Only a frame's own columns are built in parallel: nested ones would stack parallel loops as deep as the nesting.
            var built = new BsdfColumn[fields.Count];
            var cost = depth == 0 ? length * 8L : 0;
            ParallelJobs.Run(Enumerable.Range(0, fields.Count).ToList(), _ => cost, index =>
            {
                var (_, fieldPath, declaration, column) = fields[index];
                built[index] = column.Build();
                CheckDeclaredType(declaration, built[index], "field", fieldPath);
            });
            return new BsdfStructColumn(length, fields.Select((field, index) => new KeyValuePair<string, BsdfColumn>(field.Name, built[index])), BsdfValidity.Wrap(mask, length));
        });
    }

    /// <summary>
    /// The field names in order with their declared types: from <c>p</c> (<c>[{n, t, p?}, …]</c>) when present, which
    /// must name exactly the fields in <c>f</c>; otherwise the order of <c>f</c>.
    /// </summary>
    private static List<(string Name, DocumentNode? Declaration)> FieldOrder(DocumentNode? parameter, DocumentMap fieldDocuments, string path)
    {
        var order = new List<(string Name, DocumentNode? Declaration)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (parameter is null)
        {
            foreach (var (name, _) in fieldDocuments.Entries)
            {
                if (name.Length == 0 || !seen.Add(name))
                {
                    throw Error(fieldDocuments, path, name.Length == 0 ? "a field name is empty" : $"the field '{name}' appears twice");
                }

                order.Add((name, null));
            }

            return order;
        }

        var declarations = parameter as DocumentList ?? throw Error(parameter, path, $"the struct 'p' must be a list of field types, not {parameter.Description}");
        foreach (var item in declarations.Items)
        {
            var declaration = Map(item, path, "a field type document");
            var name = Text(Required(declaration, DataFrameKeys.Name, path), DataFrameKeys.Name, path);
            if (name.Length == 0 || !seen.Add(name))
            {
                throw Error(declaration, path, name.Length == 0 ? "a field name is empty" : $"the field '{name}' is declared twice");
            }

            if (fieldDocuments.Find(name) is null)
            {
                throw Error(fieldDocuments, path, $"the field '{name}' is declared but has no array document");
            }

            order.Add((name, declaration));
        }

        foreach (var (name, _) in fieldDocuments.Entries)
        {
            if (!seen.Contains(name))
            {
                throw Error(fieldDocuments, path, $"the field '{name}' has an array document but is not declared in 'p'");
            }
        }

        return order;
    }

    private PlannedColumn Dictionary(DocumentMap document, bool ordered, int? expectedLength, string path, int depth)
    {
        var data = Map(Required(document, DataFrameKeys.Data, path), path, "the dictionary data");
        var indexNode = Required(data, DataFrameKeys.Index, path);
        var plannedIndices = Plan(indexNode, expectedLength, path + ".indices", depth + 1);
        var plannedCategories = Plan(Required(data, DataFrameKeys.Dictionary, path), null, path + ".categories", depth + 1);
        var parameter = document.Find(DataFrameKeys.Param);
        var declared = parameter is null ? null : Map(parameter, path, "the dictionary type parameter");
        var mask = Mask(document, plannedIndices.Length, path);
        return new(plannedIndices.Length, () =>
        {
            var indices = plannedIndices.Build();
            if (!PrimitiveTypes.IsInteger(indices.Type.Kind))
            {
                throw Error(indexNode, path, $"the indices must be integers, not {indices.Type}");
            }

            var categories = plannedCategories.Build();
            CheckDeclaredType(declared?.Find(DataFrameKeys.Index), indices, "index", path);
            CheckDeclaredType(declared?.Find(DataFrameKeys.Dictionary), categories, "category", path);
            return new BsdfDictionaryColumn(indices, categories, ordered, BsdfValidity.Wrap(mask, indices.Length));
        });
    }
}
