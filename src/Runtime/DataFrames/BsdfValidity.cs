using System.Numerics;
using System.Runtime.InteropServices;

namespace BsdfGen;

/// <summary>
/// Which rows of a column hold a value: one bit per row, 1 = present, packed most significant bit first
/// into <c>ceil(Length / 8)</c> bytes with the unused trailing bits zero — the layout of the <c>m</c> buffer.
/// Immutable.
/// </summary>
public sealed class BsdfValidity : IEquatable<BsdfValidity>
{
    // The last all-valid validity made on this thread; weak, so that a large mask does not outlive the columns using it.
    [ThreadStatic]
    private static WeakReference<BsdfValidity>? t_lastAllValid;

    private readonly byte[] _bits;
    private int _nullCount = -1;

    private BsdfValidity(byte[] bits, int length)
    {
        _bits = bits;
        Length = length;
        ClearTrailingBits(bits, length);
    }

    /// <summary>The number of rows.</summary>
    public int Length { get; }

    /// <summary>The bits, most significant bit first; bit <c>row</c> is <c>(Bits[row / 8] &gt;&gt; (7 - row % 8)) &amp; 1</c>.</summary>
    public ReadOnlySpan<byte> Bits => _bits;

    /// <summary>The number of rows without a value.</summary>
    public int NullCount => _nullCount >= 0 ? _nullCount : _nullCount = Length - CountValid(_bits);

    /// <summary>The number of rows with a value.</summary>
    public int ValidCount => Length - NullCount;

    /// <summary>Whether any row lacks a value.</summary>
    public bool HasNulls => NullCount > 0;

    /// <summary>Whether <paramref name="row"/> holds a value.</summary>
    /// <param name="row">The row, from 0 to <see cref="Length"/> - 1.</param>
    public bool this[int row]
    {
        get
        {
            if ((uint)row >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(row), row, $"The row must be from 0 to {Length - 1}");
            }

            return IsSet(_bits, row);
        }
    }

    /// <summary>Every row valid.</summary>
    /// <remarks>
    /// Validities are immutable, so the columns of a frame that have no missing values (all of one length) share one
    /// instance instead of a mask each: the last one made on the calling thread is reused while it is alive.
    /// </remarks>
    /// <param name="length">The number of rows.</param>
    public static BsdfValidity AllValid(int length)
    {
        if (t_lastAllValid is { } cached && cached.TryGetTarget(out var last) && last.Length == length)
        {
            return last;
        }

        var bits = new byte[ByteCount(length)];
        bits.AsSpan().Fill(0xFF);
        var validity = new BsdfValidity(bits, length) { _nullCount = 0 };
        if (t_lastAllValid is null)
        {
            t_lastAllValid = new(validity);
        }
        else
        {
            t_lastAllValid.SetTarget(validity);
        }

        return validity;
    }

    /// <summary>Every row missing.</summary>
    /// <param name="length">The number of rows.</param>
    public static BsdfValidity AllNull(int length) => new(new byte[ByteCount(length)], length) { _nullCount = length };

    /// <summary>From one flag per row (true = value present).</summary>
    /// <param name="valid">The flags.</param>
    public static BsdfValidity FromBooleans(ReadOnlySpan<bool> valid)
    {
        var bits = new byte[ByteCount(valid.Length)];
        for (var row = 0; row < valid.Length; row++)
        {
            if (valid[row])
            {
                Set(bits, row);
            }
        }

        return new BsdfValidity(bits, valid.Length);
    }

    /// <summary>From packed bits in the wire layout (most significant bit first), copied; trailing bits are ignored.</summary>
    /// <param name="bits">Exactly <c>ceil(length / 8)</c> bytes.</param>
    /// <param name="length">The number of rows.</param>
    /// <exception cref="ArgumentException"><paramref name="bits"/> has the wrong size.</exception>
    public static BsdfValidity FromBits(ReadOnlySpan<byte> bits, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (bits.Length != ByteCount(length))
        {
            throw new ArgumentException($"{length} rows need {ByteCount(length)} mask bytes, not {bits.Length}", nameof(bits));
        }

        return new BsdfValidity(bits.ToArray(), length);
    }

    /// <summary>The number of bytes that hold <paramref name="length"/> bits.</summary>
    /// <param name="length">The number of rows.</param>
    public static int ByteCount(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return (int)(((long)length + 7) >> 3);
    }

    /// <summary>One flag per row (true = value present).</summary>
    public bool[] ToBooleans()
    {
        var flags = new bool[Length];
        for (var row = 0; row < flags.Length; row++)
        {
            flags[row] = IsSet(_bits, row);
        }

        return flags;
    }

    /// <inheritdoc />
    public bool Equals(BsdfValidity? other) =>
        other is not null && Length == other.Length && _bits.AsSpan().SequenceEqual(other._bits);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BsdfValidity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Length, NullCount);

    /// <inheritdoc />
    public override string ToString() => $"{ValidCount} of {Length} rows valid";

    /// <summary>The bits as an array, for the encoder (never modified).</summary>
    internal byte[] BitsArray => _bits;

    /// <summary>Takes ownership of <paramref name="bits"/> (exactly <c>ceil(length / 8)</c> bytes), clearing the trailing bits.</summary>
    internal static BsdfValidity Wrap(byte[] bits, int length) => new(bits, length);

    internal static bool IsSet(ReadOnlySpan<byte> bits, int row) => (bits[row >> 3] & (0x80 >> (row & 7))) != 0;

    internal static void Set(Span<byte> bits, int row) => bits[row >> 3] |= (byte)(0x80 >> (row & 7));

    private static void ClearTrailingBits(byte[] bits, int length)
    {
        if ((length & 7) != 0)
        {
            bits[^1] &= (byte)(0xFF << (8 - (length & 7)));
        }
    }

    private static int CountValid(ReadOnlySpan<byte> bits)
    {
        var count = 0;
        var words = MemoryMarshal.Cast<byte, ulong>(bits);
        foreach (var word in words)
        {
            count += BitOperations.PopCount(word);
        }

        foreach (var last in bits[(words.Length * sizeof(ulong))..])
        {
            count += BitOperations.PopCount(last);
        }

        return count;
    }
}
