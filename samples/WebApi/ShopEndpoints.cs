using BsdfGen.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace WebApi;

/// <summary>The shop's HTTP endpoints: BSDF in, BSDF out.</summary>
public static class ShopEndpoints
{
    public static IEndpointRouteBuilder MapShop(this IEndpointRouteBuilder app)
    {
        // Results.Extensions.Bsdf: any IResult.
        app.MapPost("/orders", async (HttpRequest request) =>
        {
            var order = await request.ReadFromBsdfAsync<Order>(request.HttpContext.RequestAborted);
            return Results.Extensions.Bsdf(Receipt(order), StatusCodes.Status201Created);
        });

        // A typed result (BsdfResults.Bsdf), described to OpenAPI as producing application/x-bsdf.
        app.MapGet("/orders/{id:long}", (long id) => BsdfResults.Bsdf(Pricing.SampleOrder(id)));

        // Straight to the response.
        app.MapPut("/orders/{id:long}", async (long id, HttpRequest request, HttpResponse response) =>
        {
            var order = await request.ReadFromBsdfAsync<Order>(request.HttpContext.RequestAborted);
            await response.WriteAsBsdfAsync(order with { Id = id }, request.HttpContext.RequestAborted);
        });

        return app;
    }

    public static OrderReceipt Receipt(Order order) =>
        new(order.Id, order.Lines.Sum(line => line.Quantity * line.UnitPrice), order.Lines.Count, "accepted");
}
