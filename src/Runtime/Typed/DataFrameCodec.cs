using BsdfGen.DataFrames.BsdfFormat;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// A <see cref="BsdfDataFrame"/> (null as <c>v</c>) as the <c>dataframe</c> extension writes it, byte for byte as the
/// dynamic encoder does. Reads a value tagged <c>dataframe</c> or an untagged mapping of the same layout.
/// </summary>
public readonly struct DataFrameCodec : IBsdfCodec<BsdfDataFrame?>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, BsdfDataFrame? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            DataFrameWire.Write(ref writer, value, context.Options, context.Depth);
        }
    }

    /// <inheritdoc />
    public static BsdfDataFrame? Read(ref BsdfReader reader, BsdfContext context) =>
        reader.TryReadNull() ? null : DataFrameWire.Read(ref reader, context.Options, context.Depth);
}
