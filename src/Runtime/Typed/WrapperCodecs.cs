using System.Runtime.CompilerServices;
using BsdfGen.Wire;

namespace BsdfGen.Typed;

/// <summary><see cref="Nullable{T}"/>: null as <c>v</c>, otherwise as <typeparamref name="TCodec"/> writes it.</summary>
/// <typeparam name="T">The underlying value type.</typeparam>
/// <typeparam name="TCodec">Its codec.</typeparam>
public readonly struct NullableCodec<T, TCodec> : IBsdfCodec<T?>
    where T : struct
    where TCodec : IBsdfCodec<T>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, T? value, BsdfContext context)
    {
        if (value is { } present)
        {
            TCodec.Write(ref writer, present, context);
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <inheritdoc />
    public static T? Read(ref BsdfReader reader, BsdfContext context) => reader.TryReadNull() ? null : TCodec.Read(ref reader, context);
}

/// <summary>An enum as its underlying integer.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public readonly struct EnumCodec<TEnum> : IBsdfCodec<TEnum>
    where TEnum : struct, Enum
{
    private static readonly bool IsSigned = Type.GetTypeCode(Enum.GetUnderlyingType(typeof(TEnum))) is TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64;

    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, TEnum value, BsdfContext context)
    {
        var bits = Unsafe.SizeOf<TEnum>() switch
        {
            1 => IsSigned ? Unsafe.As<TEnum, sbyte>(ref value) : Unsafe.As<TEnum, byte>(ref value),
            2 => IsSigned ? Unsafe.As<TEnum, short>(ref value) : Unsafe.As<TEnum, ushort>(ref value),
            4 => IsSigned ? Unsafe.As<TEnum, int>(ref value) : Unsafe.As<TEnum, uint>(ref value),
            _ => Unsafe.As<TEnum, long>(ref value),
        };
        if (!IsSigned && Unsafe.SizeOf<TEnum>() == 8 && bits < 0)
        {
            throw new BsdfException($"The {typeof(TEnum).Name} value {value} does not fit in BSDF's signed 64 bits");
        }

        writer.WriteInt64(bits);
    }

    /// <inheritdoc />
    public static TEnum Read(ref BsdfReader reader, BsdfContext context)
    {
        var (min, max) = Unsafe.SizeOf<TEnum>() switch
        {
            1 => IsSigned ? (sbyte.MinValue, sbyte.MaxValue) : (0L, byte.MaxValue),
            2 => IsSigned ? (short.MinValue, short.MaxValue) : (0L, ushort.MaxValue),
            4 => IsSigned ? (int.MinValue, int.MaxValue) : (0L, uint.MaxValue),
            _ => IsSigned ? (long.MinValue, long.MaxValue) : (0L, long.MaxValue),
        };
        var bits = TypedRead.Integer(ref reader, min, max, typeof(TEnum).Name);
        var result = default(TEnum);
        switch (Unsafe.SizeOf<TEnum>())
        {
            case 1: Unsafe.As<TEnum, byte>(ref result) = (byte)bits; break;
            case 2: Unsafe.As<TEnum, ushort>(ref result) = (ushort)bits; break;
            case 4: Unsafe.As<TEnum, uint>(ref result) = (uint)bits; break;
            default: Unsafe.As<TEnum, long>(ref result) = bits; break;
        }

        return result;
    }
}

/// <summary>A <c>[BsdfContract]</c> type (null as <c>v</c>), through its generated serializer.</summary>
/// <typeparam name="T">The contract type.</typeparam>
public readonly struct ContractCodec<T> : IBsdfCodec<T?>
    where T : IBsdfSerializable<T>
{
    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Write(ref BsdfWriter writer, T? value, BsdfContext context)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            T.WriteBsdf(ref writer, value, context);
        }
    }

    /// <inheritdoc />
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static T? Read(ref BsdfReader reader, BsdfContext context) => reader.TryReadNull() ? default : T.ReadBsdf(ref reader, context);
}

/// <summary>Any value, through the dynamic model (for <c>object</c> members).</summary>
public readonly struct DynamicCodec : IBsdfCodec<object?>
{
    /// <inheritdoc />
    public static void Write(ref BsdfWriter writer, object? value, BsdfContext context) => context.WriteDynamic(ref writer, value);

    /// <inheritdoc />
    public static object? Read(ref BsdfReader reader, BsdfContext context) => context.ReadDynamic(ref reader);
}
