using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BsdfGen.AspNetCore.Tests.Infrastructure;
using BsdfGen.Http;
using WebApi;

namespace BsdfGen.AspNetCore.Tests;

/// <summary>The sample's minimal API endpoints on Kestrel, called with the BsdfGen.Http client helpers.</summary>
public sealed class MinimalApiTests(ServiceHostFixture fixture) : IClassFixture<ServiceHostFixture>
{
    private static readonly Order Order = new(
        12, "grace", [new OrderLine("pen", 2, 4.25), new OrderLine("paper", 10, 0.5)], new DateTimeOffset(2026, 11, 28, 10, 15, 0, TimeSpan.FromHours(1)));

    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Posting_an_order_answers_a_BSDF_receipt_with_the_status_asked_for()
    {
        using var response = await Client.PostAsBsdfAsync("/orders", Order);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(BsdfContent.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new OrderReceipt(12, 13.5, 2, "accepted"), await response.Content.ReadFromBsdfAsync<OrderReceipt>());
    }

    [Fact]
    public async Task A_typed_result_is_read_with_GetFromBsdfAsync() =>
        SameBytes.Equal(Pricing.SampleOrder(7), await Client.GetFromBsdfAsync<Order>("/orders/7"));

    [Fact]
    public async Task Put_writes_the_answer_straight_to_the_response()
    {
        using var response = await Client.PutAsBsdfAsync("/orders/99", Order);

        response.EnsureSuccessStatusCode();
        SameBytes.Equal(Order with { Id = 99 }, await response.Content.ReadFromBsdfAsync<Order>());
    }

    [Fact]
    public async Task The_request_carries_a_content_length_and_the_BSDF_media_type()
    {
        using var content = BsdfContent.Create(Order);

        Assert.Equal(Bsdf.Serialize(Order).Length, content.Headers.ContentLength);
        Assert.Equal("application/x-bsdf", content.Headers.ContentType?.MediaType);
        Assert.Equal(Bsdf.Serialize(Order), await content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    [InlineData("wrong type")]
    public async Task A_malformed_body_is_a_400_problem_that_names_the_byte(string kind)
    {
        var valid = Bsdf.Serialize(Order);
        var body = kind switch
        {
            "truncated" => valid[..^7],
            "garbage" => "BSDF\u0002\u0002zzzz"u8.ToArray(),
            "empty" => [],
            _ => Bsdf.Encode(new List<object?> { 1L, "a list, not an order" }),
        };

        using var response = await PostRaw("/orders", body, BsdfContent.MediaType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("not valid BSDF", problem.RootElement.GetProperty("detail").GetString());
        Assert.Contains("at byte", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_content_type_is_a_415_problem()
    {
        using var response = await PostRaw("/orders", "{}"u8.ToArray(), "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/x-bsdf", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_server_limit_is_a_413_and_is_not_buffered()
    {
        var big = Order with { Customer = new string('x', (int)ServiceHost.MaxRequestBodySize) };

        using var response = await Client.PostAsBsdfAsync("/orders", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused_too()
    {
        var bytes = Bsdf.Serialize(Order with { Customer = new string('x', 3 << 20) });
        using var content = new StreamContent(new MemoryStream(bytes));   // no length: sent chunked
        content.Headers.ContentType = new MediaTypeHeaderValue(BsdfContent.MediaType);
        content.Headers.ContentLength = null;

        using var response = await Client.PostAsync("/orders", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostRaw(string path, byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return Client.PostAsync(path, content);
    }
}
