using BsdfGen.Benchmarks.Arrays;
using BsdfGen.Benchmarks.DataFrames;
using BsdfGen.Benchmarks.Dto;
using BsdfGen.Benchmarks.Lz4;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>A performance target and what this run measured for it.</summary>
public sealed record TargetResult(string Target, string Required, string Measured, bool? Met)
{
    public string Status => Met switch
    {
        true => "met",
        false => "**missed**",
        null => "not measured",
    };
}

/// <summary>The suite's targets, checked against the measurements of one run.</summary>
public static class Targets
{
    public static List<TargetResult> Evaluate(IReadOnlyList<Measurement> measured, int? cachedOutputs)
    {
        var results = new List<TargetResult>();
        const string small = "Size=Small";

        var bsdfRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripBsdfGen));
        var stjRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripStjSourceGen));
        var protoRoundTrip = Measurements.Find(measured, DtoBenchmarks.RoundTrip, small, nameof(DtoBenchmarks.RoundTripProtobuf));
        results.Add(Speedup(
            "Small DTO serialize+deserialize: BsdfGen vs System.Text.Json source gen",
            bsdfRoundTrip, stjRoundTrip, 4, "≥ 4× faster"));
        results.Add(Speedup(
            "Small DTO serialize+deserialize: BsdfGen vs Google.Protobuf",
            bsdfRoundTrip, protoRoundTrip, 1, "faster (> 1×)", strictlyFaster: true));

        foreach (var size in new[] { "Small", "Medium" })
        {
            var serialize = Measurements.Find(measured, DtoBenchmarks.Serialize, $"Size={size}", nameof(DtoBenchmarks.SerializeBsdfGen));
            results.Add(new TargetResult(
                $"{size} DTO: BsdfGen serialize into a reused IBufferWriter<byte> allocates nothing",
                "0 B per operation",
                serialize is null ? "—" : Format.Bytes(serialize.AllocatedBytes),
                serialize?.AllocatedBytes is { } bytes ? bytes == 0 : null));
        }

        results.Add(Speedup(
            "64 MiB double[] round trip: BsdfGen vs allocate-and-copy",
            Measurements.Find(measured, LargeArrayBenchmarks.RoundTrip, "MiB=64", nameof(LargeArrayBenchmarks.RoundTripBsdfGen)),
            Measurements.Find(measured, LargeArrayBenchmarks.RoundTrip, "MiB=64", nameof(LargeArrayBenchmarks.RoundTripCopy)),
            0.8, "≥ 0.8× its speed"));

        var open = Measurements.Find(measured, MappedFileBenchmarks.Open, "", nameof(MappedFileBenchmarks.OpenWithBsdf));
        results.Add(new TargetResult(
            "Memory-mapped open of a 1 GiB file (Bsdf.Open, root and array lengths)",
            "< 1 ms",
            open is null ? "—" : Format.Time(open.MeanNs),
            open is null ? null : open.MeanNs < 1e6));

        results.Add(Speedup(
            "LZ4 compress 64 MiB: K4os.Compression.LZ4 vs native liblz4 throughput",
            Measurements.Find(measured, Lz4Benchmarks.Compress, "", nameof(Lz4Benchmarks.CompressK4os)),
            Measurements.Find(measured, Lz4Benchmarks.Compress, "", nameof(Lz4Benchmarks.CompressNative)),
            0.7, "≥ 0.7× its throughput"));
        results.Add(Speedup(
            "LZ4 decompress 64 MiB: K4os.Compression.LZ4 vs native liblz4 throughput",
            Measurements.Find(measured, Lz4Benchmarks.Decompress, "", nameof(Lz4Benchmarks.DecompressK4os)),
            Measurements.Find(measured, Lz4Benchmarks.Decompress, "", nameof(Lz4Benchmarks.DecompressNative)),
            0.7, "≥ 0.7× its throughput"));

        var frameEncode = Measurements.Find(measured, DataFrameBenchmarks.Encode, "", nameof(DataFrameBenchmarks.EncodeFrame));
        var nativeColumns = Measurements.Find(measured, DataFrameBenchmarks.Encode, "", nameof(DataFrameBenchmarks.CompressColumnsNative));
        results.Add(new TargetResult(
            "Data frame encode of 1M rows x 6 columns vs native liblz4 compressing the same raw bytes",
            "≤ 1.5× its time",
            frameEncode is null || nativeColumns is null ? "—" : $"{frameEncode.MeanNs / nativeColumns.MeanNs:0.00}× ({Format.Time(frameEncode.MeanNs)} vs {Format.Time(nativeColumns.MeanNs)})",
            frameEncode is null || nativeColumns is null ? null : frameEncode.MeanNs <= 1.5 * nativeColumns.MeanNs));

        results.Add(new TargetResult(
            "Generator: an unrelated edit regenerates nothing (every tracked output step Cached)",
            "all Cached",
            cachedOutputs is { } count ? $"{count} of {count} output steps Cached" : "not checked",
            cachedOutputs is not null));
        return results;
    }

    /// <summary>How many times the speed of <paramref name="reference"/> <paramref name="subject"/> runs at, against a minimum.</summary>
    private static TargetResult Speedup(string target, Measurement? subject, Measurement? reference, double minimum, string required, bool strictlyFaster = false)
    {
        if (subject is null || reference is null)
        {
            return new TargetResult(target, required, "—", null);
        }

        var speed = reference.MeanNs / subject.MeanNs;
        var met = strictlyFaster ? speed > minimum : speed >= minimum;
        return new TargetResult(target, required, $"{speed:0.00}× ({Format.Time(subject.MeanNs)} vs {Format.Time(reference.MeanNs)})", met);
    }
}
