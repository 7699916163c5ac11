namespace BsdfGen;

/// <summary>Converts lists of contract records to data frames and back (see <see cref="IBsdfFrameRow{T}"/>).</summary>
public static class BsdfDataFrameRows
{
    /// <summary>Builds a frame with one row per record and one column per member.</summary>
    /// <typeparam name="T">A <c>[BsdfContract]</c> type whose members fit columns.</typeparam>
    /// <param name="rows">The records.</param>
    public static BsdfDataFrame ToDataFrame<T>(this IReadOnlyList<T> rows)
        where T : IBsdfFrameRow<T>
    {
        ArgumentNullException.ThrowIfNull(rows);
        return T.ToDataFrame(rows);
    }

    /// <summary>Builds one record per row of the frame.</summary>
    /// <typeparam name="T">A <c>[BsdfContract]</c> type whose members fit columns.</typeparam>
    /// <param name="frame">The frame.</param>
    public static List<T> ToRows<T>(this BsdfDataFrame frame)
        where T : IBsdfFrameRow<T>
    {
        ArgumentNullException.ThrowIfNull(frame);
        return T.FromDataFrame(frame);
    }
}
