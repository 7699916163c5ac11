using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BsdfGen.Generator.Model;
using BsdfGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator.CallSites
{
    /// <summary>
    /// What a call to a typed entry point needs registered: each closed generic contract its type argument holds (generated
    /// code cannot know the instantiations an assembly uses), and the type argument itself when the runtime has no codec
    /// for it by default (<c>Dictionary&lt;string, int&gt;</c>, an enum). Types BSDF018 reports are left out.
    /// </summary>
    internal static class CallSiteParser
    {
        public static EquatableArray<RegistrationModel> Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.SemanticModel.GetSymbolInfo((InvocationExpressionSyntax)context.Node, cancellationToken).Symbol is not IMethodSymbol method
                || !SerializerEntryPoints.IsEntryPoint(method))
            {
                return EquatableArray<RegistrationModel>.Empty;
            }

            var registrations = new List<RegistrationModel>();
            foreach (var type in SerializerEntryPoints.ClosedTypeArguments(method))
            {
                cancellationToken.ThrowIfCancellationRequested();
                registrations.AddRange(RegistrationsOf(type, context.SemanticModel.Compilation, cancellationToken));
            }

            return new EquatableArray<RegistrationModel>(registrations);
        }

        private static IEnumerable<RegistrationModel> RegistrationsOf(ITypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!Nameable(type, compilation) || TypeArgumentCheck.Problem(type) is not null)
            {
                return Enumerable.Empty<RegistrationModel>();
            }

            var contracts = TypeArgumentCheck.ClosedGenericContracts(type).ToList();
            if (!contracts.All(contract => Nameable(contract, compilation) && HasSerializer(contract, cancellationToken)))
            {
                return Enumerable.Empty<RegistrationModel>();
            }

            var registrations = contracts
                .Select(contract => new RegistrationModel(CodecResolver.Name(contract), CodecResolver.ContractCodecOf(contract), IsContract: true))
                .ToList();
            var codec = CodecResolver.Resolve(type, out _);
            var isContract = type is INamedTypeSymbol named && CodecResolver.IsContract(named);
            // A non-generic contract registers itself; a read that needs a cast (an interface type) has no codec of its own.
            if (!isContract && codec is { ReadCast: null } && codec.ReadCodec == codec.WriteCodec && type.SpecialType != SpecialType.System_Object)
            {
                registrations.Add(new RegistrationModel(CodecResolver.Name(type), codec.WriteCodec, IsContract: false));
            }

            return registrations;
        }

        /// <summary>Whether the contract has (or will have) its generated serializer: no errors in source, or compiled with one.</summary>
        private static bool HasSerializer(INamedTypeSymbol contract, CancellationToken cancellationToken)
        {
            var definition = contract.OriginalDefinition;
            if (ContractParser.ContractAttributeOf(definition) is { ApplicationSyntaxReference: { } reference } attribute)
            {
                return reference.GetSyntax(cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
                    && ContractParser.Parse(definition, declaration, attribute, cancellationToken).Model is not null;
            }

            return contract.AllInterfaces.Any(candidate => candidate.OriginalDefinition.ToDisplayString() == "BsdfGen.IBsdfSerializable<T>"
                && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], contract));
        }

        /// <summary>
        /// Whether the module initializer can name the type: no private, protected or file-local part, and nothing
        /// internal to another assembly (a call can pass such a value with its type inferred).
        /// </summary>
        private static bool Nameable(ITypeSymbol type, Compilation compilation) => type switch
        {
            IArrayTypeSymbol array => Nameable(array.ElementType, compilation),
            INamedTypeSymbol named => !named.IsFileLocal && !named.IsAnonymousType && compilation.IsSymbolAccessibleWithin(named, compilation.Assembly)
                && named.TypeArguments.All(argument => Nameable(argument, compilation))
                && (named.ContainingType is null || Nameable(named.ContainingType, compilation)),
            _ => false,
        };
    }
}
