namespace BsdfGen.DataFrames;

/// <summary>A column stored as one <typeparamref name="T"/> per row, whatever .NET value each row stands for.</summary>
/// <typeparam name="T">The stored number type.</typeparam>
internal interface IFixedWidthValues<T>
    where T : unmanaged
{
    /// <summary>The stored values of every row.</summary>
    ReadOnlySpan<T> Values { get; }
}
