using System.Runtime.CompilerServices;
using BsdfGen.Dynamic;
using BsdfGen.Extensions;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// The options and per-call state that generated serializers and codecs share: float width, blob
/// settings, the nesting depth, and the dynamic model for <c>object</c> members.
/// </summary>
public sealed class BsdfContext
{
    private readonly ExtensionRegistry _extensions;
    private DynamicEncoder? _encoder;
    private DynamicDecoder? _decoder;
    private int _depth;
    private readonly int _maxDepth;
    private bool? _hasStandardNdArray;

    internal BsdfContext(BsdfOptions options, ExtensionRegistry extensions)
    {
        Options = options;
        _extensions = extensions;
        BlobSettings = options.DefaultBlobSettings;
        _maxDepth = options.MaxDepth;
    }

    /// <summary>Whether a call is using this context (a nested call on the same thread gets its own).</summary>
    internal bool InUse { get; private set; }

    /// <summary>The options of this call.</summary>
    public BsdfOptions Options { get; }

    /// <summary>The settings for blobs written from byte buffers and arrays.</summary>
    public BsdfBlobSettings BlobSettings { get; }

    /// <summary>Writes a floating-point number as 64 or 32 bits, as <see cref="BsdfOptions.Float64"/> says.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The number.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteFloat(ref BsdfWriter writer, double value)
    {
        if (Options.Float64)
        {
            writer.WriteFloat64(value);
        }
        else
        {
            writer.WriteFloat32((float)value);
        }
    }

    /// <summary>Encodes a floating-point number as 64 or 32 bits, as <see cref="BsdfOptions.Float64"/> says, at the start of <paramref name="destination"/>.</summary>
    /// <param name="destination">Where it goes (room for <see cref="BsdfEncoding.MaxScalarSize"/> bytes).</param>
    /// <param name="value">The number.</param>
    /// <returns>The bytes written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WriteFloat(Span<byte> destination, double value) =>
        Options.Float64 ? BsdfEncoding.WriteFloat64(destination, value) : BsdfEncoding.WriteFloat32(destination, (float)value);

    /// <summary>Takes the context for one call, starting at depth 0.</summary>
    internal BsdfContext Acquire()
    {
        InUse = true;
        _depth = 0;
        return this;
    }

    /// <summary>Gives the context back after a call.</summary>
    internal void Release() => InUse = false;

    internal bool Serves(BsdfOptions options, ExtensionRegistry extensions) =>
        ReferenceEquals(Options, options) && ReferenceEquals(_extensions, extensions);

    /// <summary>The current nesting depth (for values written or read on the wire by the runtime's own codecs).</summary>
    internal int Depth => _depth;

    /// <summary>Enters a nested mapping or list, failing beyond <see cref="BsdfOptions.MaxDepth"/>.</summary>
    /// <param name="position">Where the nested value starts, for the error message.</param>
    public void Enter(long position)
    {
        // Small enough to inline into every generated reader and writer; the message is built out of line. The stack is
        // checked every eight levels: far less than eight levels of any codec's frames fit in the reserve the check keeps.
        if (++_depth > _maxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            ThrowTooDeep(position);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowTooDeep(long position) =>
        BsdfThrow.Invalid(_depth > Options.MaxDepth
            ? $"Nesting is deeper than the maximum depth of {Options.MaxDepth} (BsdfOptions.MaxDepth)"
            : $"Nesting of {_depth} levels is too deep for the thread's stack", position);

    /// <summary>Leaves a nested mapping or list.</summary>
    public void Exit() => _depth--;

    /// <summary>Whether <paramref name="levels"/> more levels of nesting stay within <see cref="BsdfOptions.MaxDepth"/>.</summary>
    internal bool CanNest(int levels) => _depth + levels <= Options.MaxDepth;

    /// <summary>Whether values tagged <c>ndarray</c> decode through the standard extension (not a replacement or nothing).</summary>
    internal bool HasStandardNdArray => _hasStandardNdArray ??= _extensions.FindByName("ndarray") is NdArrayExtension;

    /// <summary>Writes any value through the dynamic model (for <c>object</c> members).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public void WriteDynamic(ref BsdfWriter writer, object? value) =>
        (_encoder ??= new DynamicEncoder(Options, _extensions, this)).EncodeNested(ref writer, value, _depth);

    /// <summary>Reads any value into the dynamic model (for <c>object</c> members).</summary>
    /// <param name="reader">The reader.</param>
    public object? ReadDynamic(ref BsdfReader reader) =>
        (_decoder ??= new DynamicDecoder(Options, _extensions, null)).DecodeValue(ref reader, _depth);

    /// <summary>Skips a value whose key the contract does not know.</summary>
    /// <param name="reader">The reader.</param>
    public void Skip(ref BsdfReader reader) => reader.SkipValue(Options.MaxDepth - _depth);
}
