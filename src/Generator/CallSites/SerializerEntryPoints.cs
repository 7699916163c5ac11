using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator.CallSites
{
    /// <summary>
    /// The typed entry points of BsdfGen and its integrations: every generic method of these types serializes or
    /// deserializes values of its type arguments through <c>BsdfCodecRegistry</c>.
    /// </summary>
    internal static class SerializerEntryPoints
    {
        private static readonly HashSet<string> Types = new(System.StringComparer.Ordinal)
        {
            "BsdfGen.Bsdf",
            "BsdfGen.BsdfSerializer",
            "BsdfGen.Http.BsdfContent",
            "BsdfGen.Http.HttpClientBsdfExtensions",
            "BsdfGen.Http.HttpContentBsdfExtensions",
            "BsdfGen.AspNetCore.BsdfHttpRequestExtensions",
            "BsdfGen.AspNetCore.BsdfHttpResponseExtensions",
            "BsdfGen.AspNetCore.BsdfResults",
            "BsdfGen.Grpc.BsdfMarshaller",
        };

        /// <summary>The names of those generic methods: a syntax-only filter before the semantic check.</summary>
        private static readonly HashSet<string> MethodNames = new(System.StringComparer.Ordinal)
        {
            "Serialize", "Deserialize", "SerializeAsync", "DeserializeAsync", "ReadStreamAsync",
            "Create", "GetFromBsdfAsync", "PostAsBsdfAsync", "PutAsBsdfAsync", "ReadFromBsdfAsync", "WriteAsBsdfAsync", "Bsdf",
        };

        /// <summary>Whether the invocation may call an entry point (by name only; cheap, for syntax providers).</summary>
        public static bool MayCall(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => MethodNames.Contains(member.Name.Identifier.ValueText),
            GenericNameSyntax generic => MethodNames.Contains(generic.Identifier.ValueText),
            IdentifierNameSyntax name => MethodNames.Contains(name.Identifier.ValueText),
            _ => false,
        };

        /// <summary>Whether <paramref name="method"/> is a typed entry point (its type arguments are serialized).</summary>
        public static bool IsEntryPoint(IMethodSymbol method) =>
            method.IsGenericMethod && MethodNames.Contains(method.Name)
            && Types.Contains(method.ContainingType.OriginalDefinition.ToDisplayString());

        /// <summary>The serialized type arguments of the call that are closed types (a type parameter is checked where it is closed).</summary>
        public static IEnumerable<ITypeSymbol> ClosedTypeArguments(IMethodSymbol method) =>
            method.TypeArguments.Where(argument => !ContainsTypeParameter(argument) && argument.TypeKind != TypeKind.Error);

        private static bool ContainsTypeParameter(ITypeSymbol type) => type switch
        {
            ITypeParameterSymbol => true,
            IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter)
                || (named.ContainingType is { } outer && ContainsTypeParameter(outer)),
            IPointerTypeSymbol => true,
            _ => false,
        };
    }
}
