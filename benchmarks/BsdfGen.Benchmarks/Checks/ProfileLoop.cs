using System.Diagnostics;
using System.Reflection;
using BsdfGen.Benchmarks.Arrays;
using BsdfGen.Benchmarks.Dto;

namespace BsdfGen.Benchmarks.Checks;

/// <summary>
/// Runs one DTO, shape or large-array benchmark method in a loop for a while, for a profiler to watch
/// (<c>DOTNET_PerfMapEnabled=1 perf record -g dotnet … -- --loop RoundTripBsdfGen Small 20</c>; a
/// <see cref="LargeArrayBenchmarks"/> method takes the array's MiB for the size: <c>--loop RoundTripBsdfGen 1 20</c>, and any
/// <see cref="ILargeValueCase"/> method takes a value kind and MiB: <c>--loop RoundTripBsdfGen contract:64 20</c>).
/// It prints the collections each generation saw, since large values are often bound by the GC rather than copying.
/// </summary>
public static class ProfileLoop
{
    public static int Run(TextWriter output, string method, string size, double seconds)
    {
        var benchmarks = Benchmarks(method, size);
        var target = benchmarks.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        if (target is null || target.ReturnType.IsValueType)
        {
            output.WriteLine($"Neither DtoBenchmarks, ShapeBenchmarks nor LargeArrayBenchmarks has a public method {method}() returning an object");
            return 2;
        }

        var operation = target.CreateDelegate<Func<object>>(benchmarks);
        var collections = Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount).ToArray();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
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

        var perCall = watch.Elapsed.TotalNanoseconds / calls;
        var collected = string.Join(", ", collections.Select((before, generation) => $"gen{generation} {GC.CollectionCount(generation) - before:N0}"));
        var allocatedPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls;
        output.WriteLine($"{method} ({size}): {calls:N0} calls, {perCall:0.0} ns and {allocatedPerCall:N0} B allocated per call; collections {collected}");
        return 0;
    }

    private static object Benchmarks(string method, string size)
    {
        if (size.Split(':') is [var kind, var kindMiB] && int.TryParse(kindMiB, out var kindSize))
        {
            return LargeValueKindBenchmarks.Create(kind, kindSize);
        }

        if (int.TryParse(size, out var mib))
        {
            var arrays = new LargeArrayBenchmarks { MiB = mib };
            arrays.Setup();
            return arrays;
        }

        var dto = new DtoBenchmarks { Size = size };
        dto.Setup();
        return typeof(DtoBenchmarks).GetMethod(method, Type.EmptyTypes) is null ? new ShapeBenchmarks() : dto;
    }
}
