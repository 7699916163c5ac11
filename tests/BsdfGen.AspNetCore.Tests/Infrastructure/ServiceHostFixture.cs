using Xunit;

namespace BsdfGen.AspNetCore.Tests.Infrastructure;

/// <summary>One running <see cref="ServiceHost"/> shared by the tests of a class.</summary>
public sealed class ServiceHostFixture : IAsyncLifetime
{
    private ServiceHost? _host;

    public ServiceHost Host => _host ?? throw new InvalidOperationException("The host has not started");

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
