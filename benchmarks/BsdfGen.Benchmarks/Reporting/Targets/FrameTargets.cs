using BsdfGen.Benchmarks.DataFrames;

namespace BsdfGen.Benchmarks.Reporting;

/// <summary>The data frame targets of a full run.</summary>
public static class FrameTargets
{
    public static IEnumerable<TargetResult> Evaluate(IReadOnlyList<Measurement> measured)
    {
        var frameEncode = Measurements.Find(measured, DataFrameBenchmarks.Encode, "", nameof(DataFrameBenchmarks.EncodeFrame));
        var nativeColumns = Measurements.Find(measured, DataFrameBenchmarks.Encode, "", nameof(DataFrameBenchmarks.CompressColumnsNative));
        yield return TargetResult.TimeRatio(
            "Data frame encode of 1M rows x 6 columns vs native liblz4 compressing the same raw bytes",
            frameEncode, nativeColumns, 1.5, "≤ 1.5× its time");
    }
}
