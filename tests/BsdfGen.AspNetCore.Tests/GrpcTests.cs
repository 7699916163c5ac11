using BsdfGen.AspNetCore.Tests.Infrastructure;
using Grpc.Core;
using WebApi;

namespace BsdfGen.AspNetCore.Tests;

/// <summary>The sample's code-first gRPC service, its messages marshalled as BSDF, over HTTP/2 on Kestrel.</summary>
public sealed class GrpcTests(ServiceHostFixture fixture) : IClassFixture<ServiceHostFixture>
{
    private CallInvoker Invoker => fixture.Host.Channel.CreateCallInvoker();

    [Fact]
    public async Task A_unary_call_round_trips()
    {
        var quote = await Invoker.AsyncUnaryCall(Pricing.Quote, null, new CallOptions(), new PriceRequest("pencil", 4));

        Assert.Equal(Pricing.QuoteFor("pencil", 4), quote);
    }

    [Fact]
    public async Task A_server_stream_delivers_every_message_in_order()
    {
        using var call = Invoker.AsyncServerStreamingCall(Pricing.Ticker, null, new CallOptions(), new TickerRequest("ink", 200));

        var quotes = new List<PriceQuote>();
        await foreach (var quote in call.ResponseStream.ReadAllAsync())
        {
            quotes.Add(quote);
        }

        Assert.Equal(Enumerable.Range(1, 200).Select(quantity => Pricing.QuoteFor("ink", quantity)), quotes);
    }

    [Fact]
    public async Task A_message_that_is_not_BSDF_fails_with_InvalidArgument_naming_the_byte()
    {
        var raw = new Method<byte[], PriceQuote>(MethodType.Unary, Pricing.ServiceName, nameof(PricingServiceBase.Quote),
            Marshallers.Create<byte[]>(bytes => bytes, bytes => bytes), Pricing.Quote.ResponseMarshaller);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Invoker.AsyncUnaryCall(raw, null, new CallOptions(), Bsdf.Serialize(new PriceRequest("pen", 1))[..^2]).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("at byte", error.Status.Detail);
    }
}
