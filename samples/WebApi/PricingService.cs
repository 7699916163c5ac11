using BsdfGen.Grpc;
using Grpc.Core;

namespace WebApi;

/// <summary>The gRPC methods of the pricing service, with BSDF messages: no .proto file.</summary>
public static class Pricing
{
    public const string ServiceName = "shop.Pricing";

    public static readonly Method<PriceRequest, PriceQuote> Quote = new(
        MethodType.Unary, ServiceName, nameof(PricingServiceBase.Quote), BsdfMarshaller.Create<PriceRequest>(), BsdfMarshaller.Create<PriceQuote>());

    public static readonly Method<TickerRequest, PriceQuote> Ticker = new(
        MethodType.ServerStreaming, ServiceName, nameof(PricingServiceBase.Ticker), BsdfMarshaller.Create<TickerRequest>(), BsdfMarshaller.Create<PriceQuote>());

    public static double UnitPrice(string sku) => 1.25 + sku.Length;

    public static PriceQuote QuoteFor(string sku, int quantity) => new(sku, quantity, quantity * UnitPrice(sku));

    public static Order SampleOrder(long id) => new(
        id, "ada", [new OrderLine("pen", 3, UnitPrice("pen")), new OrderLine("ink", 1, UnitPrice("ink"))],
        new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(1)));
}

/// <summary>
/// The service contract, as gRPC's code generator would write it: Grpc.AspNetCore binds each method through
/// <see cref="BindService"/> to the override of the same name.
/// </summary>
[BindServiceMethod(typeof(PricingServiceBase), nameof(BindService))]
public abstract class PricingServiceBase
{
    public static void BindService(ServiceBinderBase binder, PricingServiceBase? service)
    {
        binder.AddMethod(Pricing.Quote, service is null ? null : service.Quote);
        binder.AddMethod(Pricing.Ticker, service is null ? null : service.Ticker);
    }

    public abstract Task<PriceQuote> Quote(PriceRequest request, ServerCallContext context);

    public abstract Task Ticker(TickerRequest request, IServerStreamWriter<PriceQuote> responses, ServerCallContext context);
}

/// <summary>The server side of the pricing service.</summary>
public sealed class PricingService : PricingServiceBase
{
    public override Task<PriceQuote> Quote(PriceRequest request, ServerCallContext context) =>
        Task.FromResult(Pricing.QuoteFor(request.Sku, request.Quantity));

    public override async Task Ticker(TickerRequest request, IServerStreamWriter<PriceQuote> responses, ServerCallContext context)
    {
        for (var quantity = 1; quantity <= request.Count && !context.CancellationToken.IsCancellationRequested; quantity++)
        {
            await responses.WriteAsync(Pricing.QuoteFor(request.Sku, quantity), context.CancellationToken);
        }
    }
}
