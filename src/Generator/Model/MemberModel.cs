namespace BsdfGen.Generator.Model
{
    /// <summary>How a member is set when decoding.</summary>
    internal enum MemberAssignment
    {
        /// <summary>Not read (get-only, or set through nothing).</summary>
        None,
        /// <summary>Passed to the constructor.</summary>
        Constructor,
        /// <summary>In the object initializer (init-only or required members).</summary>
        Initializer,
        /// <summary>Assigned after construction when its key was present (init accessors through <c>UnsafeAccessor</c>).</summary>
        Setter,
    }

    /// <summary>
    /// One serialized member: key, codec expressions, how it is assigned, and the most bytes its codec's span form writes
    /// (0 when it has none).
    /// </summary>
    internal sealed record MemberModel(
        string Name,
        string Key,
        string TypeName,
        string WriteCodec,
        string ReadCodec,
        string? ReadCast,
        MemberAssignment Assignment,
        bool IsRequired,
        string? InitAccessorTarget,
        int EncodedMaxSize);
}
