using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MemoryPack;

namespace BsdfGen.Benchmarks.Dto;

/// <summary>
/// The round trip (serialize to a new byte[], deserialize) of the other contract shapes, BsdfGen against MemoryPack
/// (the baseline of each category).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ShapeBenchmarks
{
    public const string Reading = "Reading round trip (DateTime, bool, int, short strings)";
    public const string Numbers = "Numbers round trip (integers, floats, bool)";
    public const string Record = "Record round trip (Guid, decimal, DateTimeOffset, TimeSpan, enum, int?, DateOnly, List<int>)";

    private readonly Dto.Reading _reading = ShapeData.Reading();
    private readonly Dto.Numbers _numbers = ShapeData.Numbers();
    private readonly Dto.Record _record = ShapeData.Record();

    [BenchmarkCategory(Reading), Benchmark]
    public Dto.Reading ReadingBsdfGen() => Bsdf.Deserialize<Dto.Reading>(Bsdf.Serialize(_reading));

    [BenchmarkCategory(Reading), Benchmark(Baseline = true)]
    public Dto.Reading ReadingMemoryPack() => MemoryPackSerializer.Deserialize<Dto.Reading>(MemoryPackSerializer.Serialize(_reading))!;

    [BenchmarkCategory(Numbers), Benchmark]
    public Dto.Numbers NumbersBsdfGen() => Bsdf.Deserialize<Dto.Numbers>(Bsdf.Serialize(_numbers));

    [BenchmarkCategory(Numbers), Benchmark(Baseline = true)]
    public Dto.Numbers NumbersMemoryPack() => MemoryPackSerializer.Deserialize<Dto.Numbers>(MemoryPackSerializer.Serialize(_numbers))!;

    [BenchmarkCategory(Record), Benchmark]
    public Dto.Record RecordBsdfGen() => Bsdf.Deserialize<Dto.Record>(Bsdf.Serialize(_record));

    [BenchmarkCategory(Record), Benchmark(Baseline = true)]
    public Dto.Record RecordMemoryPack() => MemoryPackSerializer.Deserialize<Dto.Record>(MemoryPackSerializer.Serialize(_record))!;
}
