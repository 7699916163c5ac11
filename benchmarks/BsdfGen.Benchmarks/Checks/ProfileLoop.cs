using System.Diagnostics;
using System.Reflection;
using BsdfGen.Benchmarks.Dto;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// Runs one DTO or shape benchmark method in a loop for a while, for a profiler to watch
/// (<c>DOTNET_PerfMapEnabled=1 perf record -g dotnet … -- --loop RoundTripBsdfGen Small 20</c>).
/// </summary>
public static class ProfileLoop
{
    public static int Run(TextWriter output, string method, string size, double seconds)
    {
        var dto = new DtoBenchmarks { Size = size };
        dto.Setup();
        object benchmarks = typeof(DtoBenchmarks).GetMethod(method, Type.EmptyTypes) is null ? new ShapeBenchmarks() : dto;
        var target = benchmarks.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        if (target is null)
        {
            output.WriteLine($"Neither DtoBenchmarks nor ShapeBenchmarks has a public method {method}()");
            return 2;
        }

        var operation = target.CreateDelegate<Func<object>>(benchmarks);
        var watch = Stopwatch.StartNew();
        long calls = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1000; i++)
            {
                operation();
            }

            calls += 1000;
        }

        output.WriteLine($"{method} ({size}): {calls:N0} calls, {watch.Elapsed.TotalNanoseconds / calls:0.0} ns per call");
        return 0;
    }
}
