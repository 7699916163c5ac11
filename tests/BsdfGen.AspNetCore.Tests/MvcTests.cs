using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BsdfGen.AspNetCore.Tests.Infrastructure;
using BsdfGen.Http;
using WebApi;

namespace BsdfGen.AspNetCore.Tests;

/// <summary>MVC with <c>AddBsdfFormatters()</c>: BSDF bodies bind to <c>[FromBody]</c>, answers follow the <c>Accept</c> header.</summary>
public sealed class MvcTests(ServiceHostFixture fixture) : IClassFixture<ServiceHostFixture>
{
    private static readonly Order Order = new(5, "lin", [new OrderLine("ink", 4, 2.5)], new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task A_BSDF_body_binds_and_the_answer_is_BSDF_when_asked_for()
    {
        using var response = await Client.PostAsBsdfAsync("/mvc/orders", Order);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BsdfContent.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new OrderReceipt(5, 10, 1, "accepted"), await response.Content.ReadFromBsdfAsync<OrderReceipt>());
    }

    [Fact]
    public async Task A_BSDF_body_can_be_answered_in_JSON()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mvc/orders") { Content = BsdfContent.Create(Order) };
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await Client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(10, json.RootElement.GetProperty("total").GetDouble());
    }

    [Theory]
    [InlineData("application/x-bsdf", "application/x-bsdf")]
    [InlineData("application/json", "application/json")]
    [InlineData(null, "application/json")]
    public async Task Get_negotiates_the_answer(string? accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/mvc/orders/3");
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await Client.SendAsync(request);

        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        if (expected == BsdfContent.MediaType)
        {
            SameBytes.Equal(Pricing.SampleOrder(3), await response.Content.ReadFromBsdfAsync<Order>());
        }
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_validation_problem_naming_the_byte()
    {
        var content = new ByteArrayContent(Bsdf.Serialize(Order)[..^3]);
        content.Headers.ContentType = new MediaTypeHeaderValue(BsdfContent.MediaType);

        using var response = await Client.PostAsync("/mvc/orders", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("not valid BSDF", text);
        Assert.Contains("at byte", text);
    }
}
