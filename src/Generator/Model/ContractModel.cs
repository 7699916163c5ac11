namespace BsdfGen.Generator.Model
{
    /// <summary>Everything the emitter needs to write one contract's serializer. Holds no Roslyn objects.</summary>
    internal sealed record ContractModel(
        string HintName,
        string? Namespace,
        EquatableArray<TypeDeclarationModel> ContainingTypes,
        TypeDeclarationModel Declaration,
        string FullyQualifiedName,
        string DisplayName,
        bool IsValueType,
        bool IsAbstract,
        bool IsGeneric,
        bool IsModuleAccessible,
        bool HasContractBase,
        string? Extension,
        EquatableArray<MemberModel> Members,
        ConstructionModel? Construction,
        EquatableArray<KnownTypeModel> KnownTypes,
        EquatableArray<FrameColumnModel>? FrameColumns);

    /// <summary>
    /// A member as a data frame column: the element type of its column array, and the enum type it is cast
    /// from and back to (enums are stored as their underlying integers).
    /// </summary>
    internal sealed record FrameColumnModel(int MemberIndex, string ElementType, string? EnumType);

    /// <summary>How a type is declared: keyword (<c>class</c>, <c>record struct</c>, …), name and type parameters.</summary>
    internal sealed record TypeDeclarationModel(string Keyword, string Name, string NameWithTypeParameters);

    /// <summary>A derived contract a base contract dispatches to, by extension name.</summary>
    internal sealed record KnownTypeModel(string FullyQualifiedName, string Extension);

    /// <summary>How a decoded instance is created: the constructor's arguments in order.</summary>
    internal sealed record ConstructionModel(EquatableArray<ConstructorArgumentModel> Arguments);

    /// <summary>A constructor argument: the member whose value it takes, or its default when the key is missing.</summary>
    internal sealed record ConstructorArgumentModel(string ParameterName, int MemberIndex, string? DefaultValue);
}
