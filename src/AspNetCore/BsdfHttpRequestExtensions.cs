using Microsoft.AspNetCore.Http;

namespace BsdfGen.AspNetCore;

/// <summary>Reads BSDF request bodies, as <c>ReadFromJsonAsync</c> does for JSON.</summary>
public static class BsdfHttpRequestExtensions
{
    /// <summary>
    /// Reads the request body as a BSDF <typeparamref name="T"/>, with <see cref="BsdfOptions.Untrusted"/> limits
    /// (a request body is data from outside).
    /// </summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="BadHttpRequestException">
    /// Status 415 when the content type is neither <c>application/x-bsdf</c> nor <c>application/octet-stream</c>;
    /// status 400 when the body is not valid BSDF (the message names the byte offset); the server's own 413 when the
    /// body is larger than its request size limit.
    /// </exception>
    public static ValueTask<T> ReadFromBsdfAsync<T>(this HttpRequest request, CancellationToken cancellationToken = default) =>
        request.ReadFromBsdfAsync<T>(BsdfOptions.Untrusted, cancellationToken);

    /// <summary>Reads the request body as a BSDF <typeparamref name="T"/> with <paramref name="options"/>.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="options">Decoding options and limits.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="BadHttpRequestException">Status 415, 400 or 413, as for <see cref="ReadFromBsdfAsync{T}(HttpRequest, CancellationToken)"/>.</exception>
    public static ValueTask<T> ReadFromBsdfAsync<T>(this HttpRequest request, BsdfOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (!BsdfRequestBody.IsBsdfContentType(request.ContentType))
        {
            throw new BadHttpRequestException(
                $"The request body has content type '{request.ContentType}', not {BsdfMediaTypes.Bsdf}", StatusCodes.Status415UnsupportedMediaType);
        }

        return BsdfRequestBody.ReadAsync<T>(request.BodyReader, options, cancellationToken);
    }
}
