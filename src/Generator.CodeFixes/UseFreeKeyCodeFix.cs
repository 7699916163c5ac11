using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using BsdfGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>
    /// BSDF003 and BSDF016: gives the member a key no other member uses (the one the parser suggests in the
    /// diagnostic), by changing its <c>[BsdfProperty]</c> key or adding one.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFreeKeyCodeFix)), Shared]
    public sealed class UseFreeKeyCodeFix : BsdfCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(BsdfDiagnostics.DuplicateKey.Id, BsdfDiagnostics.NamingPolicyCollision.Id);

        internal override string FixAllTitle => "Give every member with a taken key a free one";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var node = await ContractSyntax.NodeAtAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.FreeKey, out var key) || key is null
                || ContractSyntax.MemberDeclaration(node) is not { } member || model is null)
            {
                return null;
            }

            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key));
            var existing = ContractSyntax.FindAttribute(model, member, "BsdfPropertyAttribute", cancellationToken);
            return PlannedFix.InDocument($"Use the key '{key}'", document.Id, documentEditor =>
            {
                if (existing?.ArgumentList?.Arguments.Count > 0)
                {
                    documentEditor.ReplaceNode(existing.ArgumentList.Arguments[0].Expression, literal);
                }
                else
                {
                    ContractSyntax.AddAttribute(documentEditor, member, ContractSyntax.Attribute("BsdfProperty", literal));
                }
            });
        }
    }
}
