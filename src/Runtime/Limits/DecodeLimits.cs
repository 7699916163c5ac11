using BsdfGen.Wire;

namespace BsdfGen.Limits;

/// <summary>The count and length limits of <see cref="BsdfOptions"/>, checked before anything is allocated.</summary>
internal static class DecodeLimits
{
    /// <summary>Fails when a list or mapping holds more items than <see cref="BsdfOptions.MaxCollectionCount"/>.</summary>
    public static void CheckCount(BsdfOptions options, long count, string what, long offset)
    {
        if (count > options.MaxCollectionCount)
        {
            BsdfThrow.LimitExceeded($"The {what} of {count} items is over the limit of {options.MaxCollectionCount}", nameof(BsdfOptions.MaxCollectionCount), offset);
        }
    }

    /// <summary>Fails when a string or key is longer than <see cref="BsdfOptions.MaxStringLength"/>.</summary>
    public static void CheckStringLength(BsdfOptions options, int length, long offset)
    {
        if (length > options.MaxStringLength)
        {
            BsdfThrow.LimitExceeded($"A string of {length} bytes is over the limit of {options.MaxStringLength}", nameof(BsdfOptions.MaxStringLength), offset);
        }
    }
}
