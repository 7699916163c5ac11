namespace BsdfGen.DataFrames;

/// <summary>Checks that every value of a <c>utf8</c> column is valid UTF-8 on its own.</summary>
internal static class Utf8Values
{
    /// <summary>Whether the data is valid UTF-8 and no offset falls inside a character.</summary>
    public static bool AreValid(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets)
    {
        if (!System.Text.Unicode.Utf8.IsValid(data))
        {
            return false;
        }

        foreach (var offset in offsets)
        {
            if (offset < data.Length && IsContinuationByte(data[offset]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsContinuationByte(byte value) => (value & 0xC0) == 0x80;
}
