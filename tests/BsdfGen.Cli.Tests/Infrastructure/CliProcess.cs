using System.Diagnostics;
using System.Text;

namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the tool under test as a separate process: the executable that <see cref="ExecutableVariable"/> names (such as
/// a Native AOT <c>bsdf</c>), or else the built <c>bsdf.dll</c> (copied next to the test assembly) through dotnet.
/// </summary>
public static class CliProcess
{
    public const string ExecutableVariable = "BSDF_CLI_EXECUTABLE";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The executable <see cref="ExecutableVariable"/> names, or null to run the built <c>bsdf.dll</c>.</summary>
    public static string? Executable
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(ExecutableVariable);
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            path = Path.GetFullPath(path);
            if (!File.Exists(path))
            {
                Assert.Fail($"{ExecutableVariable} names {path}, which does not exist");
            }

            return path;
        }
    }

    public static string ToolPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "bsdf.dll");
            if (!File.Exists(path) || !File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")))
            {
                Assert.Fail($"The built tool is missing: expected bsdf.dll and bsdf.runtimeconfig.json in {AppContext.BaseDirectory} " +
                    "(the ProjectReference to src/Cli copies them; build the test project first)");
            }

            return path;
        }
    }

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the tool with extra environment variables (e.g. a GC heap limit).</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"bsdf {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, Normalise(output.Result), Normalise(error.Result));
    }

    /// <summary>Starts the tool and returns at once (its standard streams are redirected).</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var executable = Executable;
        var start = new ProcessStartInfo(executable ?? DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        if (executable is null)
        {
            start.ArgumentList.Add(ToolPath);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return "dotnet";
    }
}
