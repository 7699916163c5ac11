namespace BsdfGen.Fuzz;

/// <summary>
/// What one entry point produced goes back through the writer and the reader. The writer may refuse a value with a
/// <see cref="BsdfException"/> (an empty mapping key, say); bytes it wrote that its own reader rejects are a finding.
/// </summary>
internal static class RoundTrip
{
    /// <summary>Encodes a dynamic value and decodes the result.</summary>
    public static void Dynamic(object? value, BsdfOptions? options = null)
    {
        var bytes = Bsdf.Encode(value, options);
        try
        {
            Bsdf.Decode(bytes, options);
        }
        catch (BsdfException error)
        {
            throw new FuzzFindingException($"Bytes encoded from a value that was read did not decode: {error.Message}");
        }
    }

    /// <summary>Serializes a typed value and deserializes the result.</summary>
    public static void Typed<T>(T value)
    {
        var bytes = Bsdf.Serialize(value);
        try
        {
            Bsdf.Deserialize<T>(bytes);
        }
        catch (BsdfException error)
        {
            throw new FuzzFindingException($"Bytes serialized from a {typeof(T).Name} that was read did not deserialize: {error.Message}");
        }
    }

    /// <summary>Writes a frame as BSON and reads it back.</summary>
    public static void Bson(BsdfDataFrame frame)
    {
        var bytes = BsdfDataFrameBson.ToBson(frame);
        try
        {
            BsdfDataFrameBson.FromBson(bytes);
        }
        catch (BsdfException error)
        {
            throw new FuzzFindingException($"BSON written from a frame that was read did not read back: {error.Message}");
        }
    }
}
