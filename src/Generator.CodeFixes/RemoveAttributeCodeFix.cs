using System.Collections.Generic;
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
    /// Removes the attribute that is the mistake: a second <c>[BsdfConstructor]</c> (BSDF004), <c>[BsdfIgnore]</c> on a
    /// required member (BSDF006), an empty <c>[BsdfProperty("")]</c> key (BSDF009, the member name is used), and
    /// <c>[BsdfProperty]</c> on a member that is not serialized (BSDF013).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAttributeCodeFix)), Shared]
    public sealed class RemoveAttributeCodeFix : BsdfCodeFixProvider
    {
        private static readonly Dictionary<string, string> AttributeById = new()
        {
            [BsdfDiagnostics.MultipleConstructors.Id] = "BsdfConstructorAttribute",
            [BsdfDiagnostics.RequiredMemberNotSet.Id] = "BsdfIgnoreAttribute",
            [BsdfDiagnostics.EmptyKey.Id] = "BsdfPropertyAttribute",
            [BsdfDiagnostics.AttributeOnUnserializedMember.Id] = "BsdfPropertyAttribute",
        };

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = AttributeById.Keys.ToImmutableArray();

        internal override string FixAllTitle => "Remove every such attribute";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var node = await ContractSyntax.NodeAtAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var declaration = node as ConstructorDeclarationSyntax ?? ContractSyntax.MemberDeclaration(node);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (declaration is null || model is null || !AttributeById.TryGetValue(diagnostic.Id, out var attributeName)
                || ContractSyntax.FindAttribute(model, declaration, attributeName, cancellationToken) is not { Parent: AttributeListSyntax list } attribute)
            {
                return null;
            }

            var updated = list.Attributes.Count > 1
                ? declaration.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)))
                : WithoutList(declaration, list);
            return PlannedFix.InDocument($"Remove [{attributeName.Substring(0, attributeName.Length - "Attribute".Length)}]", document.Id,
                documentEditor => documentEditor.ReplaceNode(declaration, updated));
        }

        /// <summary>The declaration without the attribute list; the list's indentation stays where the declaration began.</summary>
        private static SyntaxNode WithoutList(SyntaxNode declaration, AttributeListSyntax list)
        {
            var first = declaration.GetFirstToken() == list.GetFirstToken();
            var removed = declaration.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia)!;
            return first ? removed.WithLeadingTrivia(list.GetLeadingTrivia()) : removed;
        }
    }
}
