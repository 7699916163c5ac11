namespace BsdfGen.Http;

/// <summary>Sends and receives BSDF bodies with <see cref="HttpClient"/>, as <c>System.Net.Http.Json</c> does for JSON.</summary>
public static class HttpClientBsdfExtensions
{
    /// <summary>Sends a GET request asking for BSDF and decodes the response body as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="uri">The address, absolute or relative to the client's base address.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="HttpRequestException">The response does not have a success status code.</exception>
    /// <exception cref="BsdfException">The body is not a valid BSDF <typeparamref name="T"/>.</exception>
    public static async Task<T> GetFromBsdfAsync<T>(this HttpClient client, string uri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd(BsdfContent.MediaType);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromBsdfAsync<T>(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="value"/> as a BSDF body in a POST request.</summary>
    /// <typeparam name="T">The static type of the value.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="uri">The address, absolute or relative to the client's base address.</param>
    /// <param name="value">The value to send.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response, whatever its status code.</returns>
    public static Task<HttpResponseMessage> PostAsBsdfAsync<T>(this HttpClient client, string uri, T value, CancellationToken cancellationToken = default) =>
        SendAsBsdfAsync(client, HttpMethod.Post, uri, value, cancellationToken);

    /// <summary>Sends <paramref name="value"/> as a BSDF body in a PUT request.</summary>
    /// <typeparam name="T">The static type of the value.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="uri">The address, absolute or relative to the client's base address.</param>
    /// <param name="value">The value to send.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response, whatever its status code.</returns>
    public static Task<HttpResponseMessage> PutAsBsdfAsync<T>(this HttpClient client, string uri, T value, CancellationToken cancellationToken = default) =>
        SendAsBsdfAsync(client, HttpMethod.Put, uri, value, cancellationToken);

    private static async Task<HttpResponseMessage> SendAsBsdfAsync<T>(HttpClient client, HttpMethod method, string uri, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = BsdfContent.Create(value);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Accept.ParseAdd(BsdfContent.MediaType);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
