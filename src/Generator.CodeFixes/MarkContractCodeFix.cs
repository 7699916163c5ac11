using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BsdfGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>
    /// BSDF018: marks the type a call cannot serialize <c>[BsdfContract]</c> and makes it partial, when it is a class or
    /// struct of the solution (the analyzer names it; for <c>List&lt;Person&gt;</c> it is <c>Person</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkContractCodeFix)), Shared]
    public sealed class MarkContractCodeFix : BsdfCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(BsdfDiagnostics.UnsupportedTypeArgument.Id);

        internal override string FixAllTitle => "Mark every such type [BsdfContract]";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null || !diagnostic.Properties.TryGetValue(DiagnosticProperties.ContractCandidate, out var id) || id is null
                || DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is not INamedTypeSymbol type
                || type.DeclaringSyntaxReferences.FirstOrDefault() is not { } reference
                || document.Project.Solution.GetDocument(reference.SyntaxTree) is not { } typeDocument
                || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration)
            {
                return null;
            }

            return PlannedFix.InDocument($"Mark '{type.Name}' [BsdfContract]", typeDocument.Id, documentEditor =>
            {
                ContractSyntax.AddAttribute(documentEditor, declaration, ContractSyntax.Attribute("BsdfContract"));
                documentEditor.ReplaceNode(declaration, (current, _) => MakePartialCodeFix.WithPartial((TypeDeclarationSyntax)current));
            });
        }
    }
}
