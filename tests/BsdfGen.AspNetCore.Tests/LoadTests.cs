using System.Net;
using BsdfGen.AspNetCore.Tests.Infrastructure;
using BsdfGen.Http;
using Grpc.Core;
using WebApi;

namespace BsdfGen.AspNetCore.Tests;

/// <summary>
/// Bounded load on loopback: thousands of requests, tens at a time, every answer checked exactly against what its
/// request should give. Each run stops by itself (fixed counts, and a time limit that fails the test).
/// </summary>
public sealed class LoadTests(ServiceHostFixture fixture) : IClassFixture<ServiceHostFixture>
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Four_thousand_orders_32_at_a_time_lose_nothing()
    {
        const int count = 4000;
        var client = fixture.Host.Client;
        using var timeout = new CancellationTokenSource(Limit);
        var answered = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = timeout.Token },
            async (i, token) =>
            {
                var order = new Order(i, $"customer {i}", [.. Enumerable.Range(1, 1 + (i % 7)).Select(n => new OrderLine($"sku-{i}-{n}", n, i * 0.25 + n))],
                    DateTimeOffset.UnixEpoch.AddSeconds(i));
                using var response = await client.PostAsBsdfAsync("/orders", order, token);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Assert.Equal(ShopEndpoints.Receipt(order), await response.Content.ReadFromBsdfAsync<OrderReceipt>(token));
                Interlocked.Increment(ref answered);
            });

        Assert.Equal(count, answered);
    }

    [Fact]
    public async Task Two_thousand_gRPC_calls_16_at_a_time_lose_nothing()
    {
        const int count = 2000;
        var invoker = fixture.Host.Channel.CreateCallInvoker();
        using var timeout = new CancellationTokenSource(Limit);
        var answered = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = timeout.Token },
            async (i, token) =>
            {
                var quote = await invoker.AsyncUnaryCall(Pricing.Quote, null, new CallOptions(cancellationToken: token), new PriceRequest($"sku-{i}", i));
                Assert.Equal(Pricing.QuoteFor($"sku-{i}", i), quote);
                Interlocked.Increment(ref answered);
            });

        Assert.Equal(count, answered);
    }
}
