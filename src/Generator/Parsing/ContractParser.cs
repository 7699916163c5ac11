using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using BsdfGen.Generator.Diagnostics;
using BsdfGen.Generator.Emitting;
using BsdfGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator.Parsing
{
    /// <summary>The parser's answer for one contract: a model when it can be generated, and the diagnostics found.</summary>
    internal sealed record ParseResult(ContractModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>Turns a <c>[BsdfContract]</c> type symbol into a <see cref="ContractModel"/> (no Roslyn objects survive).</summary>
    internal static class ContractParser
    {
        private const string AttributeNamespace = "BsdfGen.";

        /// <summary>A type's own name and type parameters, keywords escaped: <c>@object&lt;@var&gt;</c>.</summary>
        private static readonly SymbolDisplayFormat DeclarationFormat = new(
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        /// <summary>
        /// The generator's entry: the attributed declaration found by <c>ForAttributeWithMetadataName</c>. A type whose
        /// partial declarations each carry <c>[BsdfContract]</c> (the compiler reports CS0579) is parsed once, at the
        /// first attribute, so that its file is not added twice.
        /// </summary>
        public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var type = (INamedTypeSymbol)context.TargetSymbol;
            var first = ContractAttributeOf(type)?.ApplicationSyntaxReference;
            if (first is not null && (first.SyntaxTree != context.TargetNode.SyntaxTree || !context.TargetNode.Span.Contains(first.Span)))
            {
                return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
            }

            return Parse(type, (TypeDeclarationSyntax)context.TargetNode, context.Attributes[0], cancellationToken);
        }

        /// <summary>Parses a contract type; <paramref name="syntax"/> is the declaration that carries <paramref name="attribute"/>.</summary>
        public static ParseResult Parse(INamedTypeSymbol type, TypeDeclarationSyntax syntax, AttributeData attribute, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var model = ParseType(type, syntax, attribute, diagnostics, cancellationToken);
            return new ParseResult(diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error) ? null : model, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        /// <summary>The <c>[BsdfContract]</c> attribute of <paramref name="type"/>, or null.</summary>
        public static AttributeData? ContractAttributeOf(INamedTypeSymbol type) =>
            type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfContractAttribute");

        private static ContractModel? ParseType(INamedTypeSymbol type, TypeDeclarationSyntax syntax, AttributeData attribute, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (!CheckDeclaration(type, syntax, diagnostics))
            {
                return null;
            }

            var extension = ReadExtension(attribute, diagnostics);
            var rejected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var members = ParseMembers(type, NamingPolicyOf(attribute, type.ContainingAssembly), rejected, diagnostics, cancellationToken);
            var construction = type.IsAbstract ? null : ChooseConstructor(type, syntax, members, rejected, diagnostics);
            if (construction is not null)
            {
                CheckUnreadMembers(members, diagnostics);
            }
            var knownTypes = ParseKnownTypes(type, diagnostics);
            CheckPolymorphism(type, syntax, extension, knownTypes, diagnostics);
            CheckUnserializedAttributes(type, diagnostics);
            var containing = new List<TypeDeclarationModel>();
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                containing.Insert(0, DeclarationOf(outer));
            }

            return new ContractModel(
                HintNames.For(type),
                type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
                new EquatableArray<TypeDeclarationModel>(containing),
                DeclarationOf(type),
                CodecResolver.Name(type),
                type.ToDisplayString(),
                type.IsValueType,
                type.IsAbstract,
                type.IsGenericType || type.ContainingType?.IsGenericType == true,
                IsModuleAccessible(type),
                HasContractBase(type),
                extension,
                new EquatableArray<MemberModel>(members.Select(member => member.Model)),
                construction,
                new EquatableArray<KnownTypeModel>(knownTypes),
                construction is null || type.IsGenericType ? null : FrameColumnsOf(members));
        }

        /// <summary>Whether a base type is a contract too, whose generated codec struct this one's hides.</summary>
        private static bool HasContractBase(INamedTypeSymbol type)
        {
            for (var ancestor = type.BaseType; ancestor is not null; ancestor = ancestor.BaseType)
            {
                if (ContractAttributeOf(ancestor.OriginalDefinition) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The members as data frame columns, when every member fits one (otherwise null: no frame conversion).</summary>
        private static EquatableArray<FrameColumnModel>? FrameColumnsOf(List<ParsedMember> members)
        {
            if (members.Count == 0)
            {
                return null;
            }

            var columns = new List<FrameColumnModel>();
            for (var i = 0; i < members.Count; i++)
            {
                var type = members[i].Symbol is IPropertySymbol property ? property.Type : ((IFieldSymbol)members[i].Symbol).Type;
                if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
                {
                    columns.Add(new FrameColumnModel(i, CodecResolver.Name(underlying), CodecResolver.Name(type)));
                }
                else if (FitsColumn(type))
                {
                    columns.Add(new FrameColumnModel(i, CodecResolver.Name(type), null));
                }
                else
                {
                    return null;
                }
            }

            return new EquatableArray<FrameColumnModel>(columns);
        }

        private static bool FitsColumn(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
            {
                return true;
            }

            if (type.SpecialType is SpecialType.System_String)
            {
                return true;
            }

            var value = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
            return value.SpecialType is SpecialType.System_Boolean or SpecialType.System_SByte or SpecialType.System_Byte
                    or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                    or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
                    or SpecialType.System_DateTime
                || value.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString() is "System.Half" or "System.DateOnly" or "System.DateTimeOffset" or "System.TimeOnly";
        }

        private static bool CheckDeclaration(INamedTypeSymbol type, TypeDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            if (type.IsStatic || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsRefLikeType)
            {
                diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.UnsupportedContractKind, syntax.Identifier.GetLocation(), type.Name,
                    "contracts are classes, records and structs that are neither static nor ref structs"));
                return false;
            }

            if (OutermostType(type).IsFileLocal)
            {
                diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.UnsupportedContractKind, syntax.Identifier.GetLocation(), type.Name,
                    "a file-local type (or a type nested in one) can be completed only in its own file, and the generated serializer is another file; make it internal instead"));
                return false;
            }

            var ok = true;
            if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.NotPartial, syntax.Identifier.GetLocation(), type.Name, string.Empty));
                ok = false;
            }

            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                foreach (var reference in outer.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is TypeDeclarationSyntax outerSyntax && !outerSyntax.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.NotPartial, outerSyntax.Identifier.GetLocation(), outer.Name,
                            $" (it contains the contract '{type.Name}')"));
                        ok = false;
                    }
                }
            }

            return ok;
        }

        private static INamedTypeSymbol OutermostType(INamedTypeSymbol type) =>
            type.ContainingType is { } outer ? OutermostType(outer) : type;

        private static string? ReadExtension(AttributeData attribute, List<DiagnosticInfo> diagnostics)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key != "Extension" || argument.Value.Value is not string name)
                {
                    continue;
                }

                var length = Encoding.UTF8.GetByteCount(name);
                if (length is 0 or > WireLimits.MaxSmallSize)
                {
                    var location = (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
                        .FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == "Extension")?.GetLocation()
                        ?? attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();
                    diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.InvalidExtensionName, location, name, length + " bytes"));
                    return null;
                }

                return name;
            }

            return null;
        }

        private sealed class ParsedMember
        {
            public ParsedMember(ISymbol symbol, MemberModel model)
            {
                Symbol = symbol;
                Model = model;
            }

            public ISymbol Symbol { get; }

            public MemberModel Model { get; set; }
        }

        /// <summary>The contract's own naming policy, else its assembly's <c>[BsdfContractDefaults]</c> one, else none.</summary>
        private static NamingPolicy NamingPolicyOf(AttributeData attribute, IAssemblySymbol assembly)
        {
            var defaults = assembly.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfContractDefaultsAttribute");
            return NamedPolicy(attribute) ?? (defaults is null ? null : NamedPolicy(defaults)) ?? NamingPolicy.None;
        }

        private static NamingPolicy? NamedPolicy(AttributeData attribute) =>
            attribute.NamedArguments.Where(argument => argument.Key == "NamingPolicy" && argument.Value.Value is int)
                .Select(argument => (NamingPolicy?)(NamingPolicy)(int)argument.Value.Value!).FirstOrDefault();

        /// <summary>
        /// The serialized members. A member already reported (empty or duplicate key, unsupported type) is left out and
        /// its name added to <paramref name="rejected"/>, so a constructor parameter for it is not reported a second time.
        /// </summary>
        private static List<ParsedMember> ParseMembers(INamedTypeSymbol type, NamingPolicy policy, HashSet<string> rejected, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var members = new List<ParsedMember>();
            var keys = new Dictionary<string, (string Member, bool FromPolicy)>(StringComparer.Ordinal);
            var candidates = MembersInOrder(type).ToList();
            var allKeys = new HashSet<string>(candidates.Select(symbol => ExplicitKeyOf(symbol) ?? KeyNaming.Apply(policy, symbol.Name)), StringComparer.Ordinal);
            foreach (var symbol in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var memberType = symbol is IPropertySymbol property ? property.Type : ((IFieldSymbol)symbol).Type;
                var location = symbol.Locations.FirstOrDefault();
                var required = symbol is IPropertySymbol { IsRequired: true } || symbol is IFieldSymbol { IsRequired: true };
                if (HasAttribute(symbol, "BsdfIgnoreAttribute"))
                {
                    if (required)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.RequiredMemberNotSet, location, symbol.Name));
                    }

                    continue;
                }

                var explicitKey = ExplicitKeyOf(symbol);
                var key = explicitKey ?? KeyNaming.Apply(policy, symbol.Name);
                var keyFromPolicy = explicitKey is null && policy != NamingPolicy.None;
                if (key.Length == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.EmptyKey, location, symbol.Name));
                    rejected.Add(symbol.Name);
                    continue;
                }

                if (keys.TryGetValue(key, out var owner))
                {
                    var diagnostic = keyFromPolicy || owner.FromPolicy
                        ? DiagnosticInfo.Create(BsdfDiagnostics.NamingPolicyCollision, location, symbol.Name, owner.Member, key, policy.ToString())
                        : DiagnosticInfo.Create(BsdfDiagnostics.DuplicateKey, location, symbol.Name, key, owner.Member);
                    diagnostics.Add(diagnostic.WithProperty(DiagnosticProperties.FreeKey, FreeKey(key, KeyNaming.Apply(policy, symbol.Name), allKeys)));
                    rejected.Add(symbol.Name);
                    continue;
                }

                keys[key] = (symbol.Name, keyFromPolicy);
                var codec = CodecResolver.Resolve(memberType, out var reason);
                if (codec is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.UnsupportedMemberType, location, symbol.Name, memberType.ToDisplayString(), reason ?? string.Empty));
                    rejected.Add(symbol.Name);
                    continue;
                }

                var (assignment, initTarget) = AssignmentOf(symbol, required, type);
                members.Add(new ParsedMember(symbol, new MemberModel(
                    symbol.Name, key, CodecResolver.Name(memberType), codec.WriteCodec, codec.ReadCodec, codec.ReadCast, assignment, required, initTarget, codec.EncodedMaxSize)));
            }

            return members;
        }

        /// <summary>A key no member uses, for a member whose key is taken: its own name under the policy, else the key numbered.</summary>
        private static string FreeKey(string taken, string ownName, HashSet<string> allKeys)
        {
            if (ownName.Length > 0 && !allKeys.Contains(ownName))
            {
                return ownName;
            }

            var number = 2;
            while (allKeys.Contains(taken + number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                number++;
            }

            return taken + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The members a contract serializes (not <c>[BsdfIgnore]</c>d) with their types; substituted in a closed generic contract.</summary>
        public static IEnumerable<(ISymbol Member, ITypeSymbol Type)> SerializedMembers(INamedTypeSymbol type) =>
            MembersInOrder(type).Where(member => !HasAttribute(member, "BsdfIgnoreAttribute"))
                .Select(member => (member, member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type));

        /// <summary>Public instance fields and readable properties, base types' first, each type's in declaration order.</summary>
        private static IEnumerable<ISymbol> MembersInOrder(INamedTypeSymbol type)
        {
            var chain = new List<INamedTypeSymbol>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
            {
                chain.Insert(0, current);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var level in chain)
            {
                foreach (var member in level.GetMembers())
                {
                    var include = member switch
                    {
                        IPropertySymbol property => !property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                            && property.GetMethod is { DeclaredAccessibility: Accessibility.Public } && !property.IsImplicitlyDeclared,
                        IFieldSymbol field => !field.IsStatic && !field.IsConst && field.DeclaredAccessibility == Accessibility.Public && !field.IsImplicitlyDeclared,
                        _ => false,
                    };
                    if (include && seen.Add(member.Name))
                    {
                        yield return member;
                    }
                }
            }
        }

        /// <summary>How a member is set when decoding, and the type whose init accessor is called through <c>UnsafeAccessor</c>.</summary>
        private static (MemberAssignment Assignment, string? InitTarget) AssignmentOf(ISymbol symbol, bool required, INamedTypeSymbol contract)
        {
            switch (symbol)
            {
                case IFieldSymbol field:
                    return field.IsReadOnly ? (MemberAssignment.None, null) : (required ? MemberAssignment.Initializer : MemberAssignment.Setter, null);
                case IPropertySymbol { SetMethod: { } setter }:
                    var declaredHere = SymbolEqualityComparer.Default.Equals(setter.ContainingType, contract);
                    if (!declaredHere && setter.DeclaredAccessibility == Accessibility.Private)
                    {
                        return (MemberAssignment.None, null);
                    }

                    if (required)
                    {
                        return (MemberAssignment.Initializer, null);
                    }

                    if (!setter.IsInitOnly)
                    {
                        return (MemberAssignment.Setter, null);
                    }

                    // An init accessor is called after construction through UnsafeAccessor, so a missing key keeps
                    // the member's initial value; UnsafeAccessor cannot target generic types, which use the initializer.
                    var declaring = setter.ContainingType;
                    return declaring.IsGenericType || contract.IsGenericType || declaring.ContainingType?.IsGenericType == true
                        ? (MemberAssignment.Initializer, null)
                        : (MemberAssignment.Setter, CodecResolver.Name(declaring));
                default:
                    return (MemberAssignment.None, null);
            }
        }

        private static ConstructionModel? ChooseConstructor(INamedTypeSymbol type, TypeDeclarationSyntax syntax, List<ParsedMember> members, HashSet<string> rejected, List<DiagnosticInfo> diagnostics)
        {
            var constructors = type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared || c.Parameters.Length == 0)
                .Where(c => !IsCopyConstructor(c, type)).ToList();
            var marked = constructors.Where(c => HasAttribute(c, "BsdfConstructorAttribute")).ToList();
            if (marked.Count > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.MultipleConstructors, marked[1].Locations.FirstOrDefault(), type.Name));
                return null;
            }

            var chosen = marked.FirstOrDefault()
                ?? (syntax is RecordDeclarationSyntax { ParameterList: not null } ? constructors.FirstOrDefault(c => IsPrimary(c, syntax)) : null)
                ?? CoveringConstructor(constructors, members)
                ?? constructors.FirstOrDefault(c => c.Parameters.Length == 0)
                ?? (constructors.Count(c => c.DeclaredAccessibility == Accessibility.Public) == 1 ? constructors.First(c => c.DeclaredAccessibility == Accessibility.Public) : null);
            if (chosen is null)
            {
                if (type.IsValueType)
                {
                    return new ConstructionModel(EquatableArray<ConstructorArgumentModel>.Empty);
                }

                diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.NoUsableConstructor, syntax.Identifier.GetLocation(), type.Name,
                    "add a parameterless constructor, or mark one with [BsdfConstructor]"));
                return null;
            }

            var positionalParameters = members.Select(member => PositionalParameterOf(member.Symbol)).ToList();
            var arguments = new List<ConstructorArgumentModel>();
            foreach (var parameter in chosen.Parameters)
            {
                // A record's positional parameter sets the property it declares. Another parameter's [BsdfProperty] key
                // picks the member with that key; otherwise the name does.
                var parameterKey = KeyAttributeOf(parameter);
                var index = positionalParameters.FindIndex(declaring => SymbolEqualityComparer.Default.Equals(declaring, parameter));
                if (index < 0 && parameterKey is not null)
                {
                    index = members.FindIndex(m => string.Equals(m.Model.Key, parameterKey, StringComparison.Ordinal));
                }

                if (index < 0)
                {
                    index = members.FindIndex(m => string.Equals(m.Symbol.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                }

                if (index >= 0 && parameterKey is not null && !string.Equals(members[index].Model.Key, parameterKey, StringComparison.Ordinal))
                {
                    diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.ParameterKeyNotMemberKey, parameter.Locations.FirstOrDefault(),
                        parameter.Name, parameterKey, members[index].Symbol.Name, members[index].Model.Key));
                }

                if (index < 0)
                {
                    if (!rejected.Contains(parameter.Name))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.UnmatchedConstructorParameter, parameter.Locations.FirstOrDefault(), parameter.Name, type.Name));
                    }

                    continue;
                }

                members[index].Model = members[index].Model with { Assignment = MemberAssignment.Constructor };
                arguments.Add(new ConstructorArgumentModel(parameter.Name, index, parameter.HasExplicitDefaultValue ? DefaultValueOf(parameter) : null));
            }

            return new ConstructionModel(new EquatableArray<ConstructorArgumentModel>(arguments));
        }

        /// <summary>
        /// The one public constructor whose parameters set every stored get-only member (an immutable type such as a
        /// readonly struct), when the type has such members; otherwise null.
        /// </summary>
        private static IMethodSymbol? CoveringConstructor(List<IMethodSymbol> constructors, List<ParsedMember> members)
        {
            var getOnly = members.Where(m => m.Model.Assignment == MemberAssignment.None && IsStored(m.Symbol)).Select(m => m.Symbol.Name).ToList();
            if (getOnly.Count == 0)
            {
                return null;
            }

            var covering = constructors
                .Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length > 0)
                .Where(c => c.Parameters.All(p => members.Any(m => string.Equals(m.Symbol.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
                    && getOnly.All(name => c.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))))
                .ToList();
            return covering.Count == 1 ? covering[0] : null;
        }

        /// <summary>A readonly field or a get-only auto-property: data the type holds, not a computed value.</summary>
        private static bool IsStored(ISymbol member) => member switch
        {
            IFieldSymbol => true,
            IPropertySymbol property => property.DeclaringSyntaxReferences.Any(reference =>
                reference.GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
                && accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null)),
            _ => false,
        };

        private static void CheckUnreadMembers(List<ParsedMember> members, List<DiagnosticInfo> diagnostics)
        {
            foreach (var member in members.Where(m => m.Model.Assignment == MemberAssignment.None && IsStored(m.Symbol)))
            {
                diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.MemberNotRead, member.Symbol.Locations.FirstOrDefault(), member.Symbol.Name));
            }
        }

        private static List<KnownTypeModel> ParseKnownTypes(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
        {
            var known = new List<KnownTypeModel>();
            foreach (var attribute in type.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfKnownTypeAttribute"))
            {
                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol derived)
                {
                    continue;
                }

                var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();
                var extension = derived.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfContractAttribute")
                    ?.NamedArguments.FirstOrDefault(n => n.Key == "Extension").Value.Value as string;
                string? problem = null;
                if (!InheritsFrom(derived, type))
                {
                    problem = "does not derive from it";
                }
                else if (extension is null || extension.Length == 0)
                {
                    problem = "must be a [BsdfContract] with an Extension name, which tags its values";
                }
                else if (known.Any(k => k.Extension == extension))
                {
                    problem = $"uses the extension name '{extension}' that another known type already uses";
                }

                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.InvalidKnownType, location, derived.ToDisplayString(), type.Name, problem));
                    continue;
                }

                known.Add(new KnownTypeModel(CodecResolver.Name(derived), extension!));
            }

            return known;
        }

        private static void CheckPolymorphism(INamedTypeSymbol type, TypeDeclarationSyntax syntax, string? extension, List<KnownTypeModel> knownTypes, List<DiagnosticInfo> diagnostics)
        {
            if (type.IsAbstract && knownTypes.Count == 0 && !type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfKnownTypeAttribute"))
            {
                diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.AbstractWithoutKnownTypes, syntax.Identifier.GetLocation(), type.Name));
            }

            for (var ancestor = type.BaseType; ancestor is not null; ancestor = ancestor.BaseType)
            {
                if (!ancestor.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfContractAttribute"))
                {
                    continue;
                }

                var listed = ancestor.GetAttributes()
                    .Where(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfKnownTypeAttribute")
                    .Any(a => a.ConstructorArguments.Length == 1 && SymbolEqualityComparer.Default.Equals(a.ConstructorArguments[0].Value as ITypeSymbol, type));
                if (!listed && (extension is not null || ancestor.IsAbstract))
                {
                    diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.DerivedNotKnown, syntax.Identifier.GetLocation(), type.Name, ancestor.Name));
                }

                return;
            }
        }

        private static void CheckUnserializedAttributes(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
        {
            foreach (var member in type.GetMembers())
            {
                var serialized = member switch
                {
                    IPropertySymbol property => !property.IsStatic && property.DeclaredAccessibility == Accessibility.Public && property.GetMethod is { DeclaredAccessibility: Accessibility.Public },
                    IFieldSymbol field => !field.IsStatic && !field.IsConst && field.DeclaredAccessibility == Accessibility.Public,
                    _ => true,
                };
                if (!serialized && HasAttribute(member, "BsdfPropertyAttribute"))
                {
                    diagnostics.Add(DiagnosticInfo.Create(BsdfDiagnostics.AttributeOnUnserializedMember, member.Locations.FirstOrDefault(), member.Name));
                }
            }
        }

        /// <summary>Whether code anywhere in the assembly can name the type (a module initializer must).</summary>
        private static bool IsModuleAccessible(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool InheritsFrom(INamedTypeSymbol derived, INamedTypeSymbol baseType)
        {
            for (var current = derived.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPrimary(IMethodSymbol constructor, TypeDeclarationSyntax syntax) =>
            constructor.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() == syntax);

        private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
            constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

        /// <summary>
        /// The key a <c>[BsdfProperty]</c> gives the member or parameter, or null. A record's positional property takes
        /// it from its parameter too: C# puts an attribute written there without <c>property:</c> on the parameter only.
        /// </summary>
        private static string? ExplicitKeyOf(ISymbol symbol) =>
            KeyAttributeOf(symbol) ?? (PositionalParameterOf(symbol) is { } parameter ? KeyAttributeOf(parameter) : null);

        private static string? KeyAttributeOf(ISymbol symbol) =>
            symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + "BsdfPropertyAttribute")
                ?.ConstructorArguments.FirstOrDefault().Value as string;

        /// <summary>The primary constructor parameter that declares a record's positional property, or null.</summary>
        private static IParameterSymbol? PositionalParameterOf(ISymbol member)
        {
            if (member is not IPropertySymbol { ContainingType.IsRecord: true } property
                || property.DeclaringSyntaxReferences.FirstOrDefault() is not { } declaration
                || declaration.GetSyntax() is not ParameterSyntax)
            {
                return null;
            }

            return property.ContainingType.InstanceConstructors.SelectMany(constructor => constructor.Parameters)
                .FirstOrDefault(parameter => parameter.DeclaringSyntaxReferences.Any(reference =>
                    reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span));
        }

        private static bool HasAttribute(ISymbol symbol, string name) =>
            symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeNamespace + name);

        private static string DefaultValueOf(IParameterSymbol parameter)
        {
            var value = parameter.ExplicitDefaultValue;
            if (value is null)
            {
                return "default";
            }

            var literal = value switch
            {
                string text => SymbolDisplay.FormatLiteral(text, quote: true),
                char character => SymbolDisplay.FormatLiteral(character, quote: true),
                bool flag => flag ? "true" : "false",
                float single => single.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "F",
                double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "D",
                decimal money => money.ToString(System.Globalization.CultureInfo.InvariantCulture) + "M",
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "default",
            };
            return $"({CodecResolver.Name(parameter.Type)})({literal})";
        }

        /// <summary>How a partial declaration of the type starts: its keyword, and its name with type parameters as C# spells them (<c>@class</c>).</summary>
        private static TypeDeclarationModel DeclarationOf(INamedTypeSymbol type)
        {
            var keyword = type.TypeKind == TypeKind.Interface ? "interface"
                : type.IsRecord ? (type.IsValueType ? "record struct" : "record")
                : type.IsValueType ? "struct" : "class";
            return new TypeDeclarationModel(keyword, type.Name, type.ToDisplayString(DeclarationFormat));
        }
    }
}
