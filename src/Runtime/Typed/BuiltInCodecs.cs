using System.Numerics;

namespace BsdfGen.Typed;

/// <summary>Registers the runtime's own codecs once, on the first registry lookup.</summary>
internal static class BuiltInCodecs
{
    public static readonly bool Registered = RegisterAll();

    private static bool RegisterAll()
    {
        RegisterNumber<sbyte, SByteCodec>();
        RegisterNumber<short, Int16Codec>();
        RegisterNumber<ushort, UInt16Codec>();
        RegisterNumber<int, Int32Codec>();
        RegisterNumber<uint, UInt32Codec>();
        RegisterNumber<long, Int64Codec>();
        RegisterNumber<ulong, UInt64Codec>();
        RegisterNumber<float, SingleCodec>();
        RegisterNumber<double, DoubleCodec>();
        RegisterNumber<Half, HalfCodec>();
        RegisterNumber<bool, BooleanCodec>();
        RegisterNumber<Complex, ComplexCodec>();
        RegisterValue<byte, ByteCodec>();
        RegisterValue<decimal, DecimalCodec>();
        RegisterValue<char, CharCodec>();
        RegisterValue<DateTime, DateTimeCodec>();
        RegisterValue<DateTimeOffset, DateTimeOffsetCodec>();
        RegisterValue<DateOnly, DateOnlyCodec>();
        RegisterValue<TimeOnly, TimeOnlyCodec>();
        RegisterValue<TimeSpan, TimeSpanCodec>();
        RegisterValue<Guid, GuidCodec>();
        BsdfCodecRegistry.RegisterDefault<byte[]?, ByteArrayCodec>();
        BsdfCodecRegistry.RegisterDefault<ReadOnlyMemory<byte>, ReadOnlyMemoryCodec>();
        BsdfCodecRegistry.RegisterDefault<Memory<byte>, MemoryCodec>();
        BsdfCodecRegistry.RegisterDefault<string?, StringCodec>();
        BsdfCodecRegistry.RegisterDefault<string?[]?, ArrayCodec<string?, StringCodec>>();
        BsdfCodecRegistry.RegisterDefault<List<string?>?, ListCodec<string?, StringCodec>>();
        BsdfCodecRegistry.RegisterDefault<Dictionary<string, string?>?, DictionaryCodec<string?, StringCodec>>();
        BsdfCodecRegistry.RegisterDefault<BsdfDataFrame?, DataFrameCodec>();
        BsdfCodecRegistry.RegisterDefault<object?, DynamicCodec>();
        BsdfCodecRegistry.RegisterDefault<List<object?>?, ListCodec<object?, DynamicCodec>>();
        BsdfCodecRegistry.RegisterDefault<object?[]?, ArrayCodec<object?, DynamicCodec>>();
        BsdfCodecRegistry.RegisterDefault<Dictionary<string, object?>?, DictionaryCodec<object?, DynamicCodec>>();
        return true;
    }

    /// <summary>A number type, its nullable form, and its arrays and lists (as ndarrays).</summary>
    private static void RegisterNumber<T, TCodec>()
        where T : unmanaged
        where TCodec : IBsdfCodec<T>
    {
        RegisterValue<T, TCodec>();
        BsdfCodecRegistry.RegisterDefault<T[]?, NumericArrayCodec<T>>();
        BsdfCodecRegistry.RegisterDefault<List<T>?, NumericListCodec<T>>();
        BsdfCodecRegistry.RegisterDefault<T[,]?, Array2DCodec<T>>();
        BsdfCodecRegistry.RegisterDefault<T[,,]?, Array3DCodec<T>>();
    }

    /// <summary>A value type and its nullable form.</summary>
    private static void RegisterValue<T, TCodec>()
        where T : struct
        where TCodec : IBsdfCodec<T>
    {
        BsdfCodecRegistry.RegisterDefault<T, TCodec>();
        BsdfCodecRegistry.RegisterDefault<T?, NullableCodec<T, TCodec>>();
    }
}
