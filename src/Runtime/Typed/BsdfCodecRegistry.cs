using System.Runtime.CompilerServices;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary>
/// Which codec serves a type at the top level of <c>Bsdf.Serialize&lt;T&gt;</c> and
/// <c>Bsdf.Deserialize&lt;T&gt;</c>. Built-in types are registered by the runtime; every
/// non-generic <c>[BsdfContract]</c> registers itself (with its array and list) through generated
/// code when its assembly loads. Lookup is a static field read: no reflection, no dictionary.
/// </summary>
public static class BsdfCodecRegistry
{
    /// <summary>Makes <typeparamref name="TCodec"/> the codec of <typeparamref name="T"/> (for example a closed generic contract).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <typeparam name="TCodec">Its codec.</typeparam>
    public static void Register<T, TCodec>()
        where TCodec : IBsdfCodec<T> => CodecSlot<T>.Codec = new Adapter<T, TCodec>();

    /// <summary>
    /// Registers a contract with its array and its list, as the generated module initializer of every non-generic
    /// <c>[BsdfContract]</c> does, and the one generated from calls does for each closed generic contract they name
    /// (<c>Bsdf.Deserialize&lt;Box&lt;int&gt;&gt;</c>). Call it once for a generic contract closed only inside generic
    /// code, such as <c>RegisterContract&lt;Box&lt;int&gt;&gt;()</c>: no call names that instantiation.
    /// </summary>
    /// <typeparam name="T">The contract.</typeparam>
    public static void RegisterContract<T>()
        where T : IBsdfSerializable<T>
    {
#nullable disable
        RegisterContract<T, ContractCodec<T>>();
#nullable restore
    }

    /// <summary>
    /// Registers a contract with its array and its list through <typeparamref name="TCodec"/>, as the generated module
    /// initializer does with the contract's own codec struct: a codec of the contract's very type is called directly,
    /// where <see cref="ContractCodec{T}"/> over a class is shared generic code that looks its serializer up on every item.
    /// </summary>
    /// <typeparam name="T">The contract.</typeparam>
    /// <typeparam name="TCodec">Its codec, which must handle null as <see cref="ContractCodec{T}"/> does.</typeparam>
    public static void RegisterContract<T, TCodec>()
        where TCodec : IBsdfCodec<T>
    {
        // The codecs are declared over nullable types (null is a value on the wire), the registry's slots over plain ones.
#nullable disable
        Register<T, TCodec>();
        Register<T[], ArrayCodec<T, TCodec>>();
        Register<List<T>, ListCodec<T, TCodec>>();
#nullable restore
    }

    /// <summary>Registers a codec unless the type already has one (for defaults that user registrations override).</summary>
    internal static void RegisterDefault<T, TCodec>()
        where TCodec : IBsdfCodec<T> => CodecSlot<T>.Codec ??= new Adapter<T, TCodec>();

    /// <summary>Whether a codec is registered for <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type.</typeparam>
    public static bool IsRegistered<T>() => CodecSlot<T>.Find() is not null;

    private sealed class Adapter<T, TCodec> : TypeCodec<T>
        where TCodec : IBsdfCodec<T>
    {
        public override void Write(ref BsdfWriter writer, T value, BsdfContext context) => TCodec.Write(ref writer, value, context);

        public override T Read(ref BsdfReader reader, BsdfContext context) => TCodec.Read(ref reader, context);
    }
}

/// <summary>
/// The registered codec of <typeparamref name="T"/>. Generic code over <typeparamref name="T"/> reads it here, in a class
/// over the same type: from shared generic code, each generic method inlined on the way to the slot cost one more dependent
/// lookup of its own dictionary (measured as a third of an empty contract's serialize).
/// </summary>
/// <typeparam name="T">The type.</typeparam>
internal static class CodecSlot<T>
{
    /// <summary>The codec, or null (for a built-in type, until the built-in codecs are registered).</summary>
    public static TypeCodec<T>? Codec;

    /// <summary>The codec, registering the built-in codecs on first use; null if the type has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TypeCodec<T>? Find() => Codec ?? (BuiltInCodecs.Registered ? Codec : null);
}

/// <summary>A registered codec as an object (the registry's only virtual call).</summary>
/// <typeparam name="T">The type.</typeparam>
internal abstract class TypeCodec<T>
{
    public abstract void Write(ref BsdfWriter writer, T value, BsdfContext context);

    public abstract T Read(ref BsdfReader reader, BsdfContext context);
}
