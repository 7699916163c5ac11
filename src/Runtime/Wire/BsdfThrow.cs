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

    [DoesNotReturn]
    public static void Encode(string message) =>
        throw new BsdfException(message);
}
