namespace BsdfGen;

/// <summary>The compression of a blob's bytes, as its id on the wire.</summary>
public enum BsdfCompression : byte
{
    /// <summary>Stored as is (id 0); such blobs are aligned and can be edited in place.</summary>
    None = 0,
    /// <summary>A zlib stream (RFC 1950, id 1), as Python's <c>zlib.compress</c> writes.</summary>
    Zlib = 1,
    /// <summary>A bzip2 stream (id 2).</summary>
    Bz2 = 2,
}
