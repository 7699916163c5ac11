using BsdfGen.Fuzz.Contracts;

namespace BsdfGen.Fuzz.Targets;

/// <summary><c>Bsdf.Deserialize&lt;T&gt;</c> through generated contract readers; what deserializes must serialize and deserialize again.</summary>
internal static class DeserializeTarget
{
    public static FuzzTarget Create() => new(
        "deserialize",
        "Bsdf.Deserialize<T> of generated contracts (nested lists, dictionaries, arrays, strings, dates, recursion)",
        [
            data => RoundTrip.Typed(Bsdf.Deserialize<FuzzDocument>(data, FuzzOptions.Eager)),
            data => RoundTrip.Typed(Bsdf.Deserialize<FuzzTree>(data, FuzzOptions.Eager)),
            data => RoundTrip.Typed(Bsdf.Deserialize<List<FuzzEvent>>(data, FuzzOptions.Eager)),
            data => RoundTrip.Typed(Bsdf.Deserialize<Dictionary<string, FuzzPoint[]>>(data, FuzzOptions.Eager)),
        ],
        error => error is BsdfException,
        SampleSeeds.Documents);
}
