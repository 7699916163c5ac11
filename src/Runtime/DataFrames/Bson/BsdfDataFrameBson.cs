using BsdfGen.DataFrames.Bson;
using BsdfGen.DataFrames.Conversion;

namespace BsdfGen;

/// <summary>
/// Data frames and columns as BSON, in the layout of the bson_dataframe specification, for tools that speak it: a
/// column is an array document (<c>d, m, t, p, o</c>), a frame is a struct array document whose fields are its
/// columns. The same documents the <c>dataframe</c> extension writes into BSDF, byte for byte in the buffers.
/// </summary>
public static class BsdfDataFrameBson
{
    /// <summary>A frame as BSON bytes.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="options">Only <see cref="BsdfOptions.MaxDepth"/> is used; the defaults when null.</param>
    public static byte[] ToBson(BsdfDataFrame frame, BsdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return ColumnToBson(frame.ToStructColumn(), options);
    }

    /// <summary>Reads a frame from BSON bytes (one document, nothing after it).</summary>
    /// <param name="bson">The bytes.</param>
    /// <param name="options">Limits (<see cref="BsdfOptions.MaxDepth"/>, <see cref="BsdfOptions.MaxBlobSize"/>); the defaults when null.</param>
    /// <exception cref="BsdfException">The bytes are not a valid data frame document; the message gives the byte offset.</exception>
    public static BsdfDataFrame FromBson(ReadOnlySpan<byte> bson, BsdfOptions? options = null)
    {
        options ??= BsdfOptions.Default;
        return new ColumnDecoder(bson, options).DecodeFrame(BsonDocumentReader.Read(bson, options.MaxDepth));
    }

    /// <summary>One column as a BSON array document.</summary>
    /// <param name="column">The column.</param>
    /// <param name="options">Only <see cref="BsdfOptions.MaxDepth"/> is used; the defaults when null.</param>
    public static byte[] ColumnToBson(BsdfColumn column, BsdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(column);
        var maxDepth = (options ?? BsdfOptions.Default).MaxDepth;
        using var encoder = new ColumnEncoder(maxDepth);
        return BsonDocumentWriter.Write(encoder.EncodeColumn(column), maxDepth);
    }

    /// <summary>Reads one column from a BSON array document.</summary>
    /// <param name="bson">The bytes.</param>
    /// <param name="options">Limits (<see cref="BsdfOptions.MaxDepth"/>, <see cref="BsdfOptions.MaxBlobSize"/>); the defaults when null.</param>
    /// <exception cref="BsdfException">The bytes are not a valid array document; the message gives the byte offset.</exception>
    public static BsdfColumn ColumnFromBson(ReadOnlySpan<byte> bson, BsdfOptions? options = null)
    {
        options ??= BsdfOptions.Default;
        return new ColumnDecoder(bson, options).DecodeColumn(BsonDocumentReader.Read(bson, options.MaxDepth), null, string.Empty, 0);
    }
}
