using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BsdfGen.Generator.Diagnostics;
using BsdfGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>BSDF014: adds <c>[BsdfKnownType(typeof(Derived))]</c> to the base contract (possibly in another file).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddKnownTypeCodeFix)), Shared]
    public sealed class AddKnownTypeCodeFix : BsdfCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(BsdfDiagnostics.DerivedNotKnown.Id);

        internal override string FixAllTitle => "Add every derived contract to its base's known types";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null
                || await ContractSyntax.NodeAtAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration
                || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } derived)
            {
                return null;
            }

            // The base the parser reports is the nearest contract ancestor; it can be edited when it is declared in source.
            var baseContract = Ancestors(derived).FirstOrDefault(ancestor => ContractParser.ContractAttributeOf(ancestor) is not null);
            var baseAttribute = baseContract is null ? null : ContractParser.ContractAttributeOf(baseContract)?.ApplicationSyntaxReference;
            var baseDocument = baseAttribute is null ? null : document.Project.Solution.GetDocument(baseAttribute.SyntaxTree);
            if (baseDocument is null
                || (await baseAttribute!.GetSyntaxAsync(cancellationToken).ConfigureAwait(false)).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } baseDeclaration)
            {
                return null;
            }

            var typeOf = SyntaxFactory.TypeOfExpression(
                SyntaxFactory.ParseTypeName(derived.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation));
            return PlannedFix.InDocument($"Add '{derived.Name}' to the known types of '{baseContract!.Name}'", baseDocument.Id,
                documentEditor => ContractSyntax.AddAttribute(documentEditor, baseDeclaration, ContractSyntax.Attribute("BsdfKnownType", typeOf)));
        }

        private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> Ancestors(INamedTypeSymbol type)
        {
            for (var ancestor = type.BaseType; ancestor is not null; ancestor = ancestor.BaseType)
            {
                yield return ancestor;
            }
        }
    }
}
