using System.Diagnostics.CodeAnalysis;

namespace BsdfGen.Wire;

/// <summary>Throw helpers, kept out of line so the hot read and write paths stay small.</summary>
internal static class BsdfThrow
{
    [DoesNotReturn]
    public static void Truncated(string what, long offset) =>
        throw new BsdfException($"Unexpected end of data while reading {what}", offset) { IsTruncation = true };

    [DoesNotReturn]
    public static void Invalid(string message, long offset) =>
        throw new BsdfException(message, offset);

    [DoesNotReturn]
    public static T Invalid<T>(string message, long offset) =>
        throw new BsdfException(message, offset);

    /// <summary>Throws for input over the limit of <paramref name="option"/> (a <see cref="BsdfOptions"/> property), naming it.</summary>
    /// <param name="message">What went over the limit.</param>
    /// <param name="option">The option's name.</param>
    /// <param name="offset">Where, or -1 for no position.</param>
    [DoesNotReturn]
    public static void LimitExceeded(string message, string option, long offset) =>
        throw LimitError(message, option, offset);

    /// <summary>The error <see cref="LimitExceeded"/> throws.</summary>
    public static BsdfException LimitError(string message, string option, long offset)
    {
        message += $" (BsdfOptions.{option} lifts it)";
        return offset >= 0 ? new BsdfException(message, offset) { Limit = option } : new BsdfException(message) { Limit = option };
    }

    [DoesNotReturn]
    public static void Encode(string message) =>
        throw new BsdfException(message);
}
