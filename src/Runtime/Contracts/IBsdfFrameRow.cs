namespace BsdfGen;

/// <summary>
/// Implemented by the source generator for every <c>[BsdfContract]</c> type whose members all fit data frame
/// columns (numbers, booleans, enums, strings, byte arrays, dates and times, each also nullable): a list of
/// such records converts to a <see cref="BsdfDataFrame"/> (one column per member, named by its key) and back,
/// without reflection. Use <see cref="BsdfDataFrameRows"/>.
/// </summary>
/// <typeparam name="T">The contract type itself.</typeparam>
public interface IBsdfFrameRow<T>
    where T : IBsdfFrameRow<T>
{
    /// <summary>Builds a frame with one row per record.</summary>
    /// <param name="rows">The records.</param>
    static abstract BsdfDataFrame ToDataFrame(IReadOnlyList<T> rows);

    /// <summary>Builds one record per row; columns are matched by key, missing optional columns keep member defaults.</summary>
    /// <param name="frame">The frame.</param>
    /// <exception cref="BsdfException">A required column is missing, or a column's values do not fit its member.</exception>
    static abstract List<T> FromDataFrame(BsdfDataFrame frame);
}
