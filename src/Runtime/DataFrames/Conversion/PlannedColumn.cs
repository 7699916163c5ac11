namespace BsdfGen.DataFrames.Conversion;

/// <summary>
/// A column the decoder has checked and whose buffers it has queued: its length is known, and <see cref="Build"/>
/// makes the column once the buffers are decompressed.
/// </summary>
/// <param name="length">The number of rows.</param>
/// <param name="build">Makes the column from the decompressed buffers.</param>
internal sealed class PlannedColumn(int length, Func<BsdfColumn> build)
{
    public int Length => length;

    public BsdfColumn Build() => build();

    /// <summary>The same column, with an <see cref="ArgumentException"/> of its building turned into <paramref name="error"/>.</summary>
    public PlannedColumn ReportingArgumentErrors(Func<string, BsdfException> error) =>
        new(length, () =>
        {
            try
            {
                return build();
            }
            catch (ArgumentException exception)
            {
                throw error(exception.Message);
            }
        });
}
