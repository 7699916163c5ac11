namespace BsdfGen.AspNetCore;

/// <summary>The media type of BSDF bodies.</summary>
public static class BsdfMediaTypes
{
    /// <summary><c>application/x-bsdf</c>.</summary>
    public const string Bsdf = BsdfGen.Http.BsdfContent.MediaType;
}
