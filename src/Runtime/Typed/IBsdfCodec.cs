using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// Static encoding and decoding of one .NET type. The generated serializers compose these at compile
/// time (e.g. <c>ListCodec&lt;Line, ContractCodec&lt;Line&gt;&gt;</c>), so no reflection runs.
/// </summary>
/// <typeparam name="T">The type handled.</typeparam>
public interface IBsdfCodec<T>
{
    /// <summary>Writes a value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="context">Options and state of this call.</param>
    static abstract void Write(ref BsdfWriter writer, T value, BsdfContext context);

    /// <summary>Reads a value.</summary>
    /// <param name="reader">The reader, at the value's type id.</param>
    /// <param name="context">Options and state of this call.</param>
    static abstract T Read(ref BsdfReader reader, BsdfContext context);
}
