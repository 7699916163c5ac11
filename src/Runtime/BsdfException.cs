namespace BsdfGen;

/// <summary>
/// The error raised for malformed or unsupported BSDF data, and for values that cannot be encoded.
/// The message says what is wrong and, when the problem is in the input, at which byte offset.
/// </summary>
public class BsdfException : Exception
{
    /// <summary>Creates an error that is not tied to a position in the input.</summary>
    /// <param name="message">What is wrong.</param>
    public BsdfException(string message)
        : base(message)
    {
        Offset = -1;
    }

    /// <summary>Creates an error found at an absolute byte offset of the input.</summary>
    /// <param name="message">What is wrong (the offset is appended).</param>
    /// <param name="offset">The absolute byte offset (0 is the <c>B</c> of <c>BSDF</c>).</param>
    public BsdfException(string message, long offset)
        : base($"{message} (at byte {offset})")
    {
        Offset = offset;
    }

    /// <summary>Creates an error that wraps another one (for example a failing decompressor).</summary>
    /// <param name="message">What is wrong (the offset is appended).</param>
    /// <param name="offset">The absolute byte offset of the value that failed.</param>
    /// <param name="inner">The underlying error.</param>
    public BsdfException(string message, long offset, Exception inner)
        : base($"{message} (at byte {offset})", inner)
    {
        Offset = offset;
    }

    /// <summary>The absolute byte offset the error refers to, or -1 when it refers to no position.</summary>
    public long Offset { get; }

    /// <summary>True when the input ended before a value was complete (a cut-off file).</summary>
    public bool IsTruncation { get; init; }

    /// <summary>
    /// The <see cref="BsdfOptions"/> property whose limit the input went over (e.g. <c>"MaxDecodedBytes"</c>): raising
    /// it lets the input decode. Null when the input is malformed rather than too large.
    /// </summary>
    public string? Limit { get; init; }
}
