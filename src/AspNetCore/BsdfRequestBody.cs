using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

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
        || MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            && (parsed.MediaType.Equals(BsdfMediaTypes.Bsdf, StringComparison.OrdinalIgnoreCase)
                || parsed.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase));

    public static async ValueTask<T> ReadAsync<T>(PipeReader body, BsdfOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await Bsdf.DeserializeAsync<T>(body, options, cancellationToken).ConfigureAwait(false);
        }
        catch (BsdfException error)
        {
            throw new BadHttpRequestException(InvalidBodyMessage(error), StatusCodes.Status400BadRequest, error);
        }
    }

    /// <summary>What a client is told about a body that is not valid BSDF (the error names the byte offset).</summary>
    public static string InvalidBodyMessage(BsdfException error) => $"The request body is not valid BSDF: {error.Message}";
}
