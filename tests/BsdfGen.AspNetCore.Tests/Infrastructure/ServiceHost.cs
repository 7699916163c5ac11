using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebApi;

namespace BsdfGen.AspNetCore.Tests.Infrastructure;

/// <summary>
/// The sample's endpoints and gRPC service plus an MVC controller, on a real Kestrel server bound to 127.0.0.1
/// (HTTP/1.1 on one port, HTTP/2 for gRPC on another), with a 1 MiB request body limit.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    public const long MaxRequestBodySize = 1 << 20;

    private readonly WebApplication _app;
    private readonly ListenOptions _http;
    private readonly ListenOptions _grpc;

    private ServiceHost(WebApplication app, ListenOptions http, ListenOptions grpc)
    {
        _app = app;
        _http = http;
        _grpc = grpc;
        Client = new HttpClient { BaseAddress = HttpAddress, Timeout = TimeSpan.FromSeconds(60) };
        Channel = GrpcChannel.ForAddress(GrpcAddress);
    }

    public Uri HttpAddress => new($"http://127.0.0.1:{_http.IPEndPoint!.Port}");

    public Uri GrpcAddress => new($"http://127.0.0.1:{_grpc.IPEndPoint!.Port}");

    public HttpClient Client { get; }

    public GrpcChannel Channel { get; }

    public static async Task<ServiceHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        builder.Services.AddBsdfProblemDetails();
        builder.Services.AddControllers().AddApplicationPart(typeof(ServiceHost).Assembly).AddBsdfFormatters();
        ListenOptions? http = null, grpc = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodySize;
            kestrel.Listen(IPAddress.Loopback, 0, listen => (http = listen).Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, 0, listen => (grpc = listen).Protocols = HttpProtocols.Http2);
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapShop();
        app.MapGrpcService<PricingService>();
        app.MapControllers();
        await app.StartAsync();
        return new ServiceHost(app, http!, grpc!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
