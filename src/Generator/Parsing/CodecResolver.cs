using System.Linq;
using Microsoft.CodeAnalysis;

namespace BsdfGen.Generator.Parsing
{
    /// <summary>The codec expressions for one member type: how to write it, how to read it, and the cast a read needs.</summary>
    /// <remarks>
    /// <see cref="EncodedMaxSize"/> is non-zero for the scalars whose codec also encodes into a span (at most that many bytes):
    /// consecutive such members are written into one reserved span.
    /// </remarks>
    internal sealed record CodecChoice(string WriteCodec, string ReadCodec, string? ReadCast, int EncodedMaxSize = 0)
    {
        public static CodecChoice Same(string codec) => new(codec, codec, null);
    }

    /// <summary>Maps a member type to the runtime codecs that encode it (see <c>BsdfGen.Typed</c>).</summary>
    internal static class CodecResolver
    {
        private const string Typed = "global::BsdfGen.Typed.";

        /// <summary>Finds the codecs for <paramref name="type"/>, or returns null with the reason it is unsupported.</summary>
        public static CodecChoice? Resolve(ITypeSymbol type, out string? reason)
        {
            reason = null;
            var codec = ResolveCore(type, ref reason);
            if (codec is null)
            {
                reason ??= "it is not a BSDF type, a collection of them, or a [BsdfContract] type";
            }

            return codec;
        }

        private static CodecChoice? ResolveCore(ITypeSymbol type, ref string? reason)
        {
            if (type is ITypeParameterSymbol)
            {
                return CodecChoice.Same($"{Typed}RegisteredCodec<{Name(type)}>");
            }

            if (Scalar(type) is { } scalar)
            {
                return CodecChoice.Same(Typed + scalar) with { EncodedMaxSize = EncodedMaxSize(type) };
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return CodecChoice.Same($"{Typed}EnumCodec<{Name(type)}>");
            }

            if (type is IArrayTypeSymbol array)
            {
                return ResolveArray(array, ref reason);
            }

            if (type is not INamedTypeSymbol named)
            {
                return null;
            }

            if (IsContract(named))
            {
                return CodecChoice.Same(ContractCodecOf(named));
            }

            if (Plain(named) is "BsdfGen.BsdfNdArray" or "BsdfGen.BsdfMap" or "BsdfGen.BsdfImage" or "BsdfGen.BsdfExtensionValue")
            {
                return CodecChoice.Same($"{Typed}DynamicValueCodec<{Name(named)}>");
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                var inner = named.TypeArguments[0];
                return ResolveCore(inner, ref reason) is { } underlying && underlying.ReadCast is null
                    ? CodecChoice.Same($"{Typed}NullableCodec<{Name(inner)}, {underlying.WriteCodec}>")
                    : null;
            }

            if (IsByteBuffer(named, "ReadOnlyMemory"))
            {
                return CodecChoice.Same(Typed + "ReadOnlyMemoryCodec");
            }

            if (IsByteBuffer(named, "Memory"))
            {
                return CodecChoice.Same(Typed + "MemoryCodec");
            }

            return ResolveCollection(named, ref reason);
        }

        private static CodecChoice? ResolveArray(IArrayTypeSymbol array, ref string? reason)
        {
            var element = array.ElementType;
            if (array.Rank == 1 && element.SpecialType == SpecialType.System_Byte)
            {
                return CodecChoice.Same(Typed + "ByteArrayCodec");
            }

            if (HasDType(element))
            {
                return array.Rank switch
                {
                    1 => CodecChoice.Same($"{Typed}NumericArrayCodec<{Name(element)}>"),
                    2 => CodecChoice.Same($"{Typed}Array2DCodec<{Name(element)}>"),
                    3 => CodecChoice.Same($"{Typed}Array3DCodec<{Name(element)}>"),
                    _ => Unsupported(ref reason, "ndarrays of more than 3 dimensions map to BsdfNdArray, not to .NET arrays"),
                };
            }

            if (array.Rank != 1)
            {
                return Unsupported(ref reason, "multi-dimensional arrays are supported for numbers only (as ndarray)");
            }

            return Item(element, ref reason) is { } item ? CodecChoice.Same($"{Typed}ArrayCodec<{Name(element)}, {item}>") : null;
        }

        private static CodecChoice? ResolveCollection(INamedTypeSymbol named, ref string? reason)
        {
            var definition = named.OriginalDefinition.ToDisplayString();
            if (named.TypeArguments.Length == 1)
            {
                var element = named.TypeArguments[0];
                var elementName = Name(element);
                var numeric = HasDType(element);
                switch (definition)
                {
                    case "System.Collections.Generic.List<T>":
                        return numeric
                            ? CodecChoice.Same($"{Typed}NumericListCodec<{elementName}>")
                            : Item(element, ref reason) is { } listItem ? CodecChoice.Same($"{Typed}ListCodec<{elementName}, {listItem}>") : null;
                    case "System.Collections.Immutable.ImmutableArray<T>":
                        return numeric
                            ? CodecChoice.Same($"{Typed}NumericImmutableArrayCodec<{elementName}>")
                            : Item(element, ref reason) is { } immutableItem ? CodecChoice.Same($"{Typed}ImmutableArrayCodec<{elementName}, {immutableItem}>") : null;
                    case "System.Collections.Generic.IEnumerable<T>":
                    case "System.Collections.Generic.IReadOnlyList<T>":
                    case "System.Collections.Generic.IReadOnlyCollection<T>":
                    case "System.Collections.Generic.IList<T>":
                    case "System.Collections.Generic.ICollection<T>":
                        var cast = Name(named);
                        return numeric
                            ? new CodecChoice($"{Typed}NumericSequenceCodec<{elementName}>", $"{Typed}NumericSequenceCodec<{elementName}>", cast)
                            : Item(element, ref reason) is { } sequenceItem
                                ? new CodecChoice($"{Typed}EnumerableCodec<{elementName}, {sequenceItem}>", $"{Typed}EnumerableCodec<{elementName}, {sequenceItem}>", cast)
                                : null;
                    case "System.Collections.Generic.HashSet<T>":
                        return Item(element, ref reason) is { } setItem ? CodecChoice.Same($"{Typed}HashSetCodec<{elementName}, {setItem}>") : null;
                    case "System.Collections.Generic.ISet<T>":
                    case "System.Collections.Generic.IReadOnlySet<T>":
                        return Item(element, ref reason) is { } interfaceSetItem
                            ? new CodecChoice($"{Typed}EnumerableCodec<{elementName}, {interfaceSetItem}>", $"{Typed}HashSetCodec<{elementName}, {interfaceSetItem}>", null)
                            : null;
                }
            }

            if (named.TypeArguments.Length == 2 && named.TypeArguments[0].SpecialType == SpecialType.System_String)
            {
                var value = named.TypeArguments[1];
                switch (definition)
                {
                    case "System.Collections.Generic.Dictionary<TKey, TValue>":
                        return Item(value, ref reason) is { } valueCodec ? CodecChoice.Same($"{Typed}DictionaryCodec<{Name(value)}, {valueCodec}>") : null;
                    case "System.Collections.Generic.IDictionary<TKey, TValue>":
                    case "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                        return Item(value, ref reason) is { } interfaceValueCodec
                            ? new CodecChoice($"{Typed}MappingCodec<{Name(value)}, {interfaceValueCodec}>", $"{Typed}DictionaryCodec<{Name(value)}, {interfaceValueCodec}>", null)
                            : null;
                }
            }

            if (ResolveCollectionWithAdd(named, ref reason) is { } collection)
            {
                return collection;
            }

            if (definition.StartsWith("System.Collections.Generic.Dictionary<", System.StringComparison.Ordinal)
                || definition.StartsWith("System.Collections.Generic.IDictionary<", System.StringComparison.Ordinal)
                || definition.StartsWith("System.Collections.Generic.IReadOnlyDictionary<", System.StringComparison.Ordinal))
            {
                return Unsupported(ref reason, "BSDF mapping keys are strings, so dictionaries need string keys");
            }

            return null;
        }

        /// <summary>Other concrete collections with a public parameterless constructor: filled through Add / the indexer.</summary>
        private static CodecChoice? ResolveCollectionWithAdd(INamedTypeSymbol named, ref string? reason)
        {
            if (named.IsAbstract || named.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || !named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
            {
                return null;
            }

            var dictionary = named.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IDictionary<TKey, TValue>");
            if (dictionary is not null)
            {
                if (dictionary.TypeArguments[0].SpecialType != SpecialType.System_String)
                {
                    return null;
                }

                var value = dictionary.TypeArguments[1];
                return Item(value, ref reason) is { } valueCodec
                    ? CodecChoice.Same($"{Typed}DictionaryLikeCodec<{Name(named)}, {Name(value)}, {valueCodec}>")
                    : null;
            }

            var collection = named.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.ICollection<T>");
            if (collection is null)
            {
                return null;
            }

            var element = collection.TypeArguments[0];
            return Item(element, ref reason) is { } elementCodec
                ? CodecChoice.Same($"{Typed}CollectionCodec<{Name(named)}, {Name(element)}, {elementCodec}>")
                : null;
        }

        /// <summary>The codec of a collection item: like a member's, but it must read back as the same type.</summary>
        private static string? Item(ITypeSymbol element, ref string? reason)
        {
            var codec = ResolveCore(element, ref reason);
            if (codec is null)
            {
                reason ??= $"its items of type '{element.ToDisplayString()}' are not a BSDF type, a collection of them, or a [BsdfContract] type";
                return null;
            }

            if (codec.ReadCast is not null || codec.ReadCodec != codec.WriteCodec)
            {
                reason = $"collections of '{element.ToDisplayString()}' are not supported; use a concrete collection type (List<T>, T[], Dictionary<string, T>) for the items";
                return null;
            }

            return codec.WriteCodec;
        }

        private static CodecChoice? Unsupported(ref string? reason, string why)
        {
            reason = why;
            return null;
        }

        private static string? Scalar(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean: return "BooleanCodec";
                case SpecialType.System_SByte: return "SByteCodec";
                case SpecialType.System_Byte: return "ByteCodec";
                case SpecialType.System_Int16: return "Int16Codec";
                case SpecialType.System_UInt16: return "UInt16Codec";
                case SpecialType.System_Int32: return "Int32Codec";
                case SpecialType.System_UInt32: return "UInt32Codec";
                case SpecialType.System_Int64: return "Int64Codec";
                case SpecialType.System_UInt64: return "UInt64Codec";
                case SpecialType.System_Single: return "SingleCodec";
                case SpecialType.System_Double: return "DoubleCodec";
                case SpecialType.System_Decimal: return "DecimalCodec";
                case SpecialType.System_Char: return "CharCodec";
                case SpecialType.System_String: return "StringCodec";
                case SpecialType.System_DateTime: return "DateTimeCodec";
                case SpecialType.System_Object: return "DynamicCodec";
            }

            return Plain(type) switch
            {
                "System.Half" => "HalfCodec",
                "System.Numerics.Complex" => "ComplexCodec",
                "System.DateTimeOffset" => "DateTimeOffsetCodec",
                "System.DateOnly" => "DateOnlyCodec",
                "System.TimeOnly" => "TimeOnlyCodec",
                "System.TimeSpan" => "TimeSpanCodec",
                "System.Guid" => "GuidCodec",
                "BsdfGen.BsdfDataFrame" => "DataFrameCodec",
                _ => null,
            };
        }

        /// <summary>The most bytes the span form of a scalar codec writes (<c>BsdfEncoding.MaxScalarSize</c>), or 0 when it has none.</summary>
        private static int EncodedMaxSize(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                    return 1;
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return 9;
                default:
                    return 0;
            }
        }

        /// <summary>Whether <paramref name="type"/> is an ndarray element type (numbers, bool, Half, Complex).</summary>
        private static bool HasDType(ITypeSymbol type) =>
            type.SpecialType is SpecialType.System_Boolean or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
            || Plain(type) is "System.Half" or "System.Numerics.Complex";

        private static bool IsByteBuffer(INamedTypeSymbol type, string name) =>
            type.Name == name && type.ContainingNamespace.ToDisplayString() == "System" && type.TypeArguments.Length == 1
            && type.TypeArguments[0].SpecialType == SpecialType.System_Byte;

        /// <summary>A [BsdfContract] type, or one that already implements IBsdfSerializable of itself (e.g. from a referenced assembly).</summary>
        public static bool IsContract(INamedTypeSymbol type) =>
            ContractParser.ContractAttributeOf(type) is not null
            || type.AllInterfaces.Any(candidate => candidate.OriginalDefinition.ToDisplayString() == "BsdfGen.IBsdfSerializable<T>"
                && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type));

        /// <summary>
        /// The codec of a contract: its generated codec struct when this compilation generates it, otherwise
        /// <c>ContractCodec&lt;T&gt;</c> (the struct of a contract from a referenced assembly is internal to it).
        /// </summary>
        public static string ContractCodecOf(INamedTypeSymbol contract) => IsGeneratedHere(contract)
            ? $"{Name(contract)}.{Emitting.ContractEmitter.CodecStructName}"
            : $"{Typed}ContractCodec<{Name(contract)}>";

        /// <summary>
        /// Whether the generator writes the contract's serializer in this compilation, with its internal codec struct: a
        /// <c>[BsdfContract]</c> declared in source (one from a referenced assembly keeps its codec to itself).
        /// </summary>
        private static bool IsGeneratedHere(INamedTypeSymbol type) =>
            type.OriginalDefinition.DeclaringSyntaxReferences.Length > 0
            && ContractParser.ContractAttributeOf(type) is not null;

        /// <summary>The type's name with namespace, without nullable annotations (<c>BsdfGen.BsdfMap</c>, not <c>BsdfGen.BsdfMap?</c>).</summary>
        private static string Plain(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString();

        public static string Name(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
