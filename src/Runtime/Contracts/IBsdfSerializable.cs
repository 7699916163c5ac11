using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// Implemented by the source generator for every <c>[BsdfContract]</c> type: static, reflection-free
/// encoding and decoding of the type as a BSDF mapping.
/// </summary>
/// <typeparam name="T">The contract type itself.</typeparam>
public interface IBsdfSerializable<T>
{
    /// <summary>Writes <paramref name="value"/> (never null) as a mapping, tagged when the contract has an extension name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">Options and state of this call.</param>
    static abstract void WriteBsdf(ref BsdfWriter writer, T value, BsdfContext context);

    /// <summary>Reads a value written as a mapping (the reader is at its type id; null was handled by the caller).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">Options and state of this call.</param>
    static abstract T ReadBsdf(ref BsdfReader reader, BsdfContext context);
}

/// <summary>Lets the dynamic encoder write a contract instance met inside an <c>object</c>-typed value.</summary>
public interface IBsdfWritable
{
    /// <summary>Writes this instance as a mapping.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="context">Options and state of this call.</param>
    void WriteBsdf(ref BsdfWriter writer, BsdfContext context);
}
