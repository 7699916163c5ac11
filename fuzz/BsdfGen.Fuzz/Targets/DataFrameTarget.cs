using BsdfGen.Wire;

namespace BsdfGen.Fuzz.Targets;

/// <summary>
/// The data frame decoders: <c>BsdfDataFrame.ReadFrom</c> (the <c>dataframe</c> extension) and
/// <c>BsdfDataFrameBson.FromBson</c>, every cell read, then a round trip.
/// </summary>
internal static class DataFrameTarget
{
    public static FuzzTarget Create() => new(
        "frame",
        "BsdfDataFrame.ReadFrom after the header and BsdfDataFrameBson.FromBson, every cell and the last row read, then a round trip",
        [
            data =>
            {
                var reader = new BsdfReader(data);
                reader.ReadHeader();
                var frame = BsdfDataFrame.ReadFrom(ref reader, FuzzOptions.Eager);
                ValueWalker.TouchFrame(frame);
                RoundTrip.Dynamic(frame);
            },
            data =>
            {
                var frame = BsdfDataFrameBson.FromBson(data, FuzzOptions.Eager);
                ValueWalker.TouchFrame(frame);
                RoundTrip.Bson(frame);
            },
        ],
        error => error is BsdfException,
        SampleSeeds.Frames);
}
