using System.Composition;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BsdfGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>BSDF001: adds <c>partial</c> to the contract or to the type it is nested in.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
    public sealed class MakePartialCodeFix : BsdfCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(BsdfDiagnostics.NotPartial.Id);

        internal override string FixAllTitle => "Make every contract and containing type partial";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (await ContractSyntax.NodeAtAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration)
            {
                return null;
            }

            return PlannedFix.InDocument($"Make '{declaration.Identifier.Text}' partial", document.Id,
                documentEditor => documentEditor.ReplaceNode(declaration, (current, _) => WithPartial((TypeDeclarationSyntax)current)));
        }

        /// <summary><c>partial</c> goes last among the modifiers, right before the keyword; the keyword's indentation moves to the first modifier.</summary>
        internal static SyntaxNode WithPartial(TypeDeclarationSyntax declaration)
        {
            if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration;
            }

            var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (declaration.Modifiers.Count > 0)
            {
                return declaration.WithModifiers(declaration.Modifiers.Add(partial));
            }

            var keyword = declaration.Keyword;
            return declaration
                .WithKeyword(keyword.WithLeadingTrivia())
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
        }
    }
}
