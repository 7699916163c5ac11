namespace BsdfGen.DataFrames;

/// <summary>Checks the offsets of variable-length columns (bytes, utf8, list) given by a caller.</summary>
internal static class ColumnOffsets
{
    /// <summary>A copy of <paramref name="offsets"/> after checking: at least one, from 0, never decreasing, ending at <paramref name="end"/>.</summary>
    /// <exception cref="ArgumentException">The offsets break one of those rules.</exception>
    public static int[] Checked(ReadOnlySpan<int> offsets, int end)
    {
        if (offsets.IsEmpty || offsets[0] != 0 || offsets[^1] != end)
        {
            throw new ArgumentException($"Offsets must start at 0 and end at {end}", nameof(offsets));
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                throw new ArgumentException($"Offsets must not decrease, but offset {i} is {offsets[i]} after {offsets[i - 1]}", nameof(offsets));
            }
        }

        return offsets.ToArray();
    }
}
