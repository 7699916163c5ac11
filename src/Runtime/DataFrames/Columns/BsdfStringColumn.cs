using System.Text;
using BsdfGen.DataFrames;

namespace BsdfGen;

/// <summary>A <c>utf8</c> column: text stored as UTF-8, decoded into a <see cref="string"/> on each access.</summary>
public sealed class BsdfStringColumn : BsdfVariableWidthColumn
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Creates a column from strings; null is a missing value.</summary>
    /// <param name="values">The values.</param>
    /// <exception cref="ArgumentException">A string holds a lone surrogate and has no UTF-8 form.</exception>
    public BsdfStringColumn(IEnumerable<string?> values)
        : this(Materialize(values))
    {
    }

    /// <summary>Creates a column from concatenated UTF-8 values and their offsets (both copied).</summary>
    /// <param name="utf8">All values back to back, as UTF-8.</param>
    /// <param name="offsets"><c>rows + 1</c> byte offsets into <paramref name="utf8"/>, from 0 to its length, never decreasing.</param>
    /// <param name="validity">Which rows hold a value; all of them when null.</param>
    /// <exception cref="ArgumentException">The offsets are malformed or a value is not valid UTF-8.</exception>
    public BsdfStringColumn(ReadOnlySpan<byte> utf8, ReadOnlySpan<int> offsets, BsdfValidity? validity = null)
        : this(utf8.ToArray(), CheckedOffsets(offsets, utf8.Length), validity)
    {
        if (!Utf8Values.AreValid(DataStorage, OffsetStorage))
        {
            throw new ArgumentException("A value is not valid UTF-8", nameof(utf8));
        }
    }

    internal BsdfStringColumn(byte[] utf8, int[] offsets, BsdfValidity? validity)
        : base(utf8, offsets, validity)
    {
    }

    private BsdfStringColumn(IReadOnlyList<string?> values)
        : this(Encode(values, out var offsets), offsets, NullableValues.OfReferences(values))
    {
    }

    /// <inheritdoc />
    public override BsdfColumnType Type => BsdfColumnType.Utf8;

    /// <summary>The text of <paramref name="row"/>, or null when it is missing.</summary>
    /// <param name="row">The row.</param>
    public string? this[int row] => IsValid(row) ? StrictUtf8.GetString(GetSpan(row)) : null;

    /// <summary>The UTF-8 bytes of <paramref name="row"/> (usually empty for a missing row).</summary>
    /// <param name="row">The row.</param>
    public ReadOnlySpan<byte> GetUtf8(int row) => GetSpan(row);

    /// <inheritdoc />
    public override object? GetValue(int row) => this[row];

    private static IReadOnlyList<string?> Materialize(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values as IReadOnlyList<string?> ?? values.ToList();
    }

    private static byte[] Encode(IReadOnlyList<string?> values, out int[] offsets)
    {
        try
        {
            offsets = OffsetsOf(values, static value => StrictUtf8.GetByteCount(value));
            var data = new byte[offsets[^1]];
            for (var row = 0; row < values.Count; row++)
            {
                if (values[row] is { } value)
                {
                    StrictUtf8.GetBytes(value, data.AsSpan(offsets[row]));
                }
            }

            return data;
        }
        catch (EncoderFallbackException error)
        {
            throw new ArgumentException($"A string has no UTF-8 form (a lone surrogate?): {error.Message}", nameof(values), error);
        }
    }
}
