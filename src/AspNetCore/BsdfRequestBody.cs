using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace BsdfGen.AspNetCore;

/// <summary>
/// Reads BSDF request bodies: the body is read through its pipe (no synchronous I/O, bounded by the server's request
/// size limit), and anything but valid BSDF is a <see cref="BadHttpRequestException"/> with status 400 whose message
/// names the byte offset — so a malformed body is the client's error, never a 500.
/// </summary>
internal static class BsdfRequestBody
{
    /// <summary>Whether the request's content type (if any) can be a BSDF body.</summary>
    public static bool IsBsdfContentType(string? contentType) =>
        string.IsNullOrEmpty(contentType)
        || MediaTypeIs(contentType, BsdfMediaTypes.Bsdf)
        || MediaTypeIs(contentType, "application/octet-stream");

    public static async ValueTask<T> ReadAsync<T>(PipeReader body, BsdfOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await Bsdf.DeserializeAsync<T>(body, options, cancellationToken).ConfigureAwait(false);
        }
        catch (BsdfException error)
        {
            throw new BadHttpRequestException($"The request body is not valid BSDF: {error.Message}", StatusCodes.Status400BadRequest, error);
        }
    }

    private static bool MediaTypeIs(string contentType, string mediaType)
    {
        var end = contentType.IndexOf(';');
        var type = (end < 0 ? contentType : contentType[..end]).Trim();
        return type.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
