namespace BsdfGen.Fuzz.Targets;

/// <summary><c>Bsdf.Decode</c> from a span, from memory with lazy blobs and streams, from a stream, and with <c>BsdfOptions.Untrusted</c>; a decoded value must encode and decode again.</summary>
internal static class DecodeTarget
{
    public static FuzzTarget Create() => new(
        "decode",
        "Bsdf.Decode (span, memory with lazy blobs/streams, stream, span with BsdfOptions.Untrusted), every lazy part read, then a round trip",
        [
            data =>
            {
                var value = Bsdf.Decode(data.AsSpan(), FuzzOptions.Eager);
                ValueWalker.Touch(value);
                RoundTrip.Dynamic(value);
            },
            data => ValueWalker.Touch(Bsdf.Decode(new ReadOnlyMemory<byte>(data), FuzzOptions.Lazy)),
            data =>
            {
                using var stream = new MemoryStream(data, writable: false);
                ValueWalker.Touch(Bsdf.Decode(stream, FuzzOptions.Lazy));
            },
            data => ValueWalker.Touch(Bsdf.Decode(data.AsSpan(), BsdfOptions.Untrusted)),
        ],
        error => error is BsdfException,
        SampleSeeds.Documents);
}
