using BsdfGen.DataFrames.BsdfFormat;
using BsdfGen.DataFrames.Conversion;
using BsdfGen.DataFrames.Documents;
using BsdfGen.Wire;

namespace BsdfGen.Extensions;

/// <summary>
/// The <c>dataframe</c> extension: a <see cref="BsdfDataFrame"/> as the bson_dataframe struct array document, its
/// buffers LZ4 blocks in uncompressed blobs. The encoder and decoder use the wire methods; <see cref="BsdfExtension.Encode"/>
/// and <see cref="BsdfExtension.Decode"/> give and take the same document as a mapping, for callers that use them directly.
/// </summary>
internal sealed class DataFrameExtension() : BsdfExtension<BsdfDataFrame>("dataframe"), IWireExtension
{
    public void Write(ref BsdfWriter writer, object value, BsdfOptions options, int depth) =>
        DataFrameWire.Write(ref writer, (BsdfDataFrame)value, options, depth);

    public object? ReadBody(ref BsdfReader reader, BsdfValueKind kind, long start, BsdfOptions options, int depth) =>
        DataFrameWire.ReadBody(ref reader, kind, start, options, depth);

    protected override object? EncodeValue(BsdfDataFrame value)
    {
        using var encoder = new ColumnEncoder(BsdfOptions.Default.MaxDepth);
        return DynamicDocuments.ToDynamic(encoder.EncodeFrame(value));
    }

    protected override BsdfDataFrame DecodeValue(object? value) =>
        new ColumnDecoder(default, BsdfOptions.Default).DecodeFrame(DynamicDocuments.FromDynamic(value, BsdfOptions.Default.MaxDepth));
}
