namespace BsdfGen.Wire;

/// <summary>The one-byte type identifiers of the BSDF wire format (lower-case form).</summary>
internal static class BsdfTypeIds
{
    public const byte Null = (byte)'v';
    public const byte True = (byte)'y';
    public const byte False = (byte)'n';
    public const byte Int16 = (byte)'h';
    public const byte Int64 = (byte)'i';
    public const byte Float32 = (byte)'f';
    public const byte Float64 = (byte)'d';
    public const byte String = (byte)'s';
    public const byte List = (byte)'l';
    public const byte Map = (byte)'m';
    public const byte Blob = (byte)'b';

    /// <summary>Upper-case ids mark a value produced by an extension.</summary>
    public const byte ExtensionFlag = 0x20;
}

/// <summary>Markers used by the size encoding.</summary>
internal static class BsdfSizeMarkers
{
    /// <summary>The largest size written in one byte.</summary>
    public const int MaxSmall = 250;

    /// <summary>A uint64 size follows.</summary>
    public const byte Long = 253;

    /// <summary>A list stream closed with a count (a uint64 follows).</summary>
    public const byte ClosedStream = 254;

    /// <summary>A list stream that is still open (8 bytes follow and are ignored).</summary>
    public const byte OpenStream = 255;
}
