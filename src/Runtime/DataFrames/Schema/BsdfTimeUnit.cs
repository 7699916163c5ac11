namespace BsdfGen;

/// <summary>The unit of a <c>timestamp</c> or <c>time</c> column's integers.</summary>
public enum BsdfTimeUnit
{
    /// <summary>Seconds (<c>[s]</c>).</summary>
    Seconds,
    /// <summary>Milliseconds (<c>[ms]</c>).</summary>
    Milliseconds,
    /// <summary>Microseconds (<c>[us]</c>).</summary>
    Microseconds,
    /// <summary>Nanoseconds (<c>[ns]</c>).</summary>
    Nanoseconds,
}
