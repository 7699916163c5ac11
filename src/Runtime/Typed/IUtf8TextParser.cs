namespace BsdfGen.Typed;

/// <summary>
/// Parses the exact text form a codec writes, straight from UTF-8 (see <see cref="TypedRead.TryParseUtf8"/>): a static
/// method on a struct, so that the call is direct where a delegate cost an indirect call per value.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
internal interface IUtf8TextParser<T>
{
    /// <summary>Parses <paramref name="utf8"/> whole; false when it is not in the form the codec writes.</summary>
    static abstract bool TryParse(ReadOnlySpan<byte> utf8, out T value);
}
