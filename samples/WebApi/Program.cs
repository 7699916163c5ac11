using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using WebApi;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddGrpc();
builder.Services.AddBsdfProblemDetails();          // malformed BSDF bodies: 400 with a problem-details body
builder.WebHost.ConfigureKestrel(kestrel =>
{
    // HTTP/1.1 for the REST endpoints, HTTP/2 without TLS for gRPC.
    kestrel.Listen(IPAddress.Loopback, Port("HttpPort", 5080), listen => listen.Protocols = HttpProtocols.Http1);
    kestrel.Listen(IPAddress.Loopback, Port("GrpcPort", 5081), listen => listen.Protocols = HttpProtocols.Http2);
});

var app = builder.Build();
app.UseExceptionHandler();
app.MapShop();
app.MapGrpcService<PricingService>();
app.Run();

int Port(string key, int fallback) => builder.Configuration[key] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
