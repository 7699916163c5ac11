using System.Diagnostics;
using BsdfGen.AspNetCore.Tests.Infrastructure;
using BsdfGen.TestSupport;

namespace BsdfGen.AspNetCore.Tests;

/// <summary>The sample's Python client (the reference bsdf.py and urllib) against the server.</summary>
public sealed class PythonClientTests(ServiceHostFixture fixture) : IClassFixture<ServiceHostFixture>
{
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task The_reference_python_implementation_talks_to_the_service()
    {
        Assert.True(File.Exists(Python), $"{Python} is missing (Debian's python3; .ci/run installs it)");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { RepositoryPaths.Combine("samples", "WebApi", "python_client.py"), fixture.Host.HttpAddress.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PYTHONPATH"] = RepositoryPaths.Reference("bsdf", "python") },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"python client failed ({process.ExitCode}): {await output}{await errors}");
        Assert.Contains("python client: 4 exchanges checked", await output);
    }
}
