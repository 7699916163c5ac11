using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BsdfGen.Benchmarks.Arrays;

/// <summary>
/// A 1 GiB file of four 256 MiB float64 ndarrays: <c>Bsdf.Open</c> (a memory map; the arrays are views of it) and
/// reading the root and an array's length, against <c>File.ReadAllBytes</c> of the same file (the baseline).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MappedFileBenchmarks
{
    public const string Open = "open 1 GiB file";
    public const int Arrays = 4;
    public const int ArrayBytes = 256 << 20;

    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"bsdfgen-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.bsdf");
        var data = new byte[ArrayBytes];
        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(data.AsSpan());
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i * 0.5;
        }

        // Four arrays over the same bytes: the file holds 1 GiB of array data without 1 GiB of arrays in memory.
        var root = new BsdfMap();
        for (var i = 0; i < Arrays; i++)
        {
            root[$"array{i}"] = new BsdfNdArray(BsdfDType.Float64, [ArrayBytes / sizeof(double)], data);
        }

        Bsdf.Save(_path, root);
        if (OpenWithBsdf() != Arrays * (long)(ArrayBytes / sizeof(double)))
        {
            throw new InvalidOperationException("The mapped file does not hold the arrays written");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_path is not null && File.Exists(_path))
        {
            File.Delete(_path);
        }
    }

    [BenchmarkCategory(Open), Benchmark(Baseline = true)]
    public int ReadAllBytes() => File.ReadAllBytes(_path).Length;

    [BenchmarkCategory(Open), Benchmark]
    public long OpenWithBsdf()
    {
        using var file = Bsdf.Open(_path);
        var root = (BsdfMap)file.Root!;
        long elements = 0;
        foreach (var value in root.Values)
        {
            elements += ((BsdfNdArray)value!).Length;
        }

        return elements;
    }
}
