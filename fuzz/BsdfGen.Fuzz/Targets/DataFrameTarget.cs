using BsdfGen.Wire;

namespace BsdfGen.Fuzz.Targets;

/// <summary>The data frame decoder (<c>BsdfDataFrame.ReadFrom</c>), every cell read, then a round trip.</summary>
internal static class DataFrameTarget
{
    public static FuzzTarget Create() => new(
        "frame",
        "BsdfDataFrame.ReadFrom after the header, every cell and the last row read, then encoded and decoded again",
        [
            data =>
            {
                var reader = new BsdfReader(data);
                reader.ReadHeader();
                var frame = BsdfDataFrame.ReadFrom(ref reader, FuzzOptions.Eager);
                ValueWalker.TouchFrame(frame);
                RoundTrip.Dynamic(frame);
            },
        ],
        error => error is BsdfException,
        SampleSeeds.Frames);
}
