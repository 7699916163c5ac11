using System.Net;
using BsdfGen.Http;
using WebApi;

namespace BsdfGen.AspNetCore.Tests.Infrastructure;

/// <summary>An order posted as BSDF, its answer checked to be a BSDF receipt with the expected status.</summary>
public static class BsdfExchange
{
    public static async Task<OrderReceipt> PostOrderAsync(HttpClient client, string path, Order order, HttpStatusCode expected)
    {
        using var response = await client.PostAsBsdfAsync(path, order);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(BsdfContent.MediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromBsdfAsync<OrderReceipt>();
    }
}
