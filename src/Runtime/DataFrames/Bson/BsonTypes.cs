namespace BsdfGen.DataFrames.Bson;

/// <summary>The BSON element type bytes the data frame documents use (and those tolerated under unused keys).</summary>
internal static class BsonTypes
{
    public const byte Double = 0x01;
    public const byte String = 0x02;
    public const byte Document = 0x03;
    public const byte Array = 0x04;
    public const byte Binary = 0x05;
    public const byte Boolean = 0x08;
    public const byte Null = 0x0A;
    public const byte Int32 = 0x10;
    public const byte Int64 = 0x12;

    /// <summary>The generic binary subtype, the only one the format uses.</summary>
    public const byte GenericBinarySubtype = 0x00;
}
