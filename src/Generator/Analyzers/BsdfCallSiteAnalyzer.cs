using System.Collections.Immutable;
using System.Linq;
using BsdfGen.Generator.CallSites;
using BsdfGen.Generator.Diagnostics;
using BsdfGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BsdfGen.Generator.Analyzers
{
    /// <summary>
    /// BSDF018: a typed entry point (<c>Bsdf.Serialize&lt;T&gt;</c>, <c>Deserialize&lt;T&gt;</c>, the HTTP, ASP.NET Core and
    /// gRPC helpers) called with a type <see cref="CodecResolver"/> rejects, the same rules that decide a contract member
    /// (see <see cref="TypeArgumentCheck"/>).
    /// A type parameter at the call site is not checked: it is checked where it is closed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BsdfCallSiteAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(BsdfDiagnostics.UnsupportedTypeArgument);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!SerializerEntryPoints.IsEntryPoint(method))
            {
                return;
            }

            foreach (var type in SerializerEntryPoints.ClosedTypeArguments(method))
            {
                // The runtime's own types that only its dynamic model writes (blobs, list streams) are its business.
                if (type.ContainingAssembly?.Name == "BsdfGen" || TypeArgumentCheck.Problem(type) is not { } reason)
                {
                    continue;
                }

                var candidate = TypeArgumentCheck.ContractCandidate(type);
                var properties = candidate is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ContractCandidate, DocumentationCommentId.CreateDeclarationId(candidate));
                context.ReportDiagnostic(Diagnostic.Create(
                    BsdfDiagnostics.UnsupportedTypeArgument,
                    LocationOf(invocation, method, type),
                    properties,
                    $"{method.ContainingType.Name}.{method.Name}",
                    type.ToDisplayString(),
                    reason));
            }
        }

        /// <summary>The written type argument, else the argument the type was inferred from, else the call.</summary>
        private static Location LocationOf(IInvocationOperation invocation, IMethodSymbol method, ITypeSymbol type)
        {
            var syntax = (InvocationExpressionSyntax)invocation.Syntax;
            var name = syntax.Expression is MemberAccessExpressionSyntax member ? member.Name : syntax.Expression;
            if (name is GenericNameSyntax generic)
            {
                var index = method.TypeArguments.IndexOf(type, SymbolEqualityComparer.Default);
                if (index >= 0 && index < generic.TypeArgumentList.Arguments.Count)
                {
                    return generic.TypeArgumentList.Arguments[index].GetLocation();
                }
            }

            var inferredFrom = invocation.Arguments.FirstOrDefault(argument =>
                argument.Parameter?.OriginalDefinition.Type is ITypeParameterSymbol && argument.ArgumentKind == ArgumentKind.Explicit
                && SymbolEqualityComparer.Default.Equals(argument.Value is IConversionOperation conversion ? conversion.Operand.Type : argument.Value.Type, type));
            return inferredFrom?.Syntax.GetLocation() ?? syntax.GetLocation();
        }
    }
}
