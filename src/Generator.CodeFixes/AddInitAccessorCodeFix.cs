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
    /// <summary>BSDF015: gives a get-only auto-property an <c>init</c> accessor, through which decoding sets it.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddInitAccessorCodeFix)), Shared]
    public sealed class AddInitAccessorCodeFix : BsdfCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(BsdfDiagnostics.MemberNotRead.Id);

        internal override string FixAllTitle => "Add an init accessor to every such property";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (await ContractSyntax.NodeAtAsync(document, diagnostic, cancellationToken).ConfigureAwait(false)
                    is not PropertyDeclarationSyntax { AccessorList: { Accessors.Count: 1 } accessors } property
                || accessors.Accessors[0] is not { Body: null, ExpressionBody: null } getter
                || !getter.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                return null;
            }

            var init = SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))
                .WithLeadingTrivia(SyntaxFactory.Space);
            var updated = property.WithAccessorList(accessors.WithAccessors(accessors.Accessors.Add(init)));
            return PlannedFix.InDocument($"Add an init accessor to '{property.Identifier.Text}'", document.Id,
                documentEditor => documentEditor.ReplaceNode(property, updated));
        }
    }
}
