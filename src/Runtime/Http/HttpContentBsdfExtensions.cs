namespace BsdfGen.Http;

/// <summary>Reads BSDF bodies of HTTP responses and requests.</summary>
public static class HttpContentBsdfExtensions
{
    /// <summary>Reads the whole content and decodes it as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="content">The content.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="BsdfException">The content is not a valid BSDF <typeparamref name="T"/> (the message gives the byte offset).</exception>
    public static Task<T> ReadFromBsdfAsync<T>(this HttpContent content, CancellationToken cancellationToken = default) =>
        content.ReadFromBsdfAsync<T>(options: null, cancellationToken);

    /// <summary>Reads the whole content and decodes it as a <typeparamref name="T"/> with <paramref name="options"/>.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="content">The content.</param>
    /// <param name="options">Decoding options (limits for data from outside); the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="BsdfException">The content is not a valid BSDF <typeparamref name="T"/> (the message gives the byte offset).</exception>
    public static async Task<T> ReadFromBsdfAsync<T>(this HttpContent content, BsdfOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await Bsdf.DeserializeAsync<T>(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }
}
