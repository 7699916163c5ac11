using Microsoft.AspNetCore.Http;

namespace BsdfGen.AspNetCore;

/// <summary>Writes BSDF response bodies, as <c>WriteAsJsonAsync</c> does for JSON.</summary>
public static class BsdfHttpResponseExtensions
{
    /// <summary>
    /// Writes <paramref name="value"/> as the BSDF response body (content type <c>application/x-bsdf</c>), straight
    /// into the response pipe and without synchronous I/O.
    /// </summary>
    /// <typeparam name="T">The static type of the value, whose codec is used.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task WriteAsBsdfAsync<T>(this HttpResponse response, T value, CancellationToken cancellationToken = default) =>
        response.WriteAsBsdfAsync(value, options: null, cancellationToken);

    /// <summary>Writes <paramref name="value"/> as the BSDF response body with <paramref name="options"/>.</summary>
    /// <typeparam name="T">The static type of the value, whose codec is used.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Encoding options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsBsdfAsync<T>(this HttpResponse response, T value, BsdfOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = BsdfMediaTypes.Bsdf;
        await Bsdf.SerializeAsync(response.BodyWriter, value, options, cancellationToken).ConfigureAwait(false);
    }
}
