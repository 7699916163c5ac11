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
    /// BSDF005: marks the constructor with the most parameters <c>[BsdfConstructor]</c> (the first declared of the widest):
    /// it is the one that sets the most members from the mapping.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkConstructorCodeFix)), Shared]
    public sealed class MarkConstructorCodeFix : BsdfCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(BsdfDiagnostics.NoUsableConstructor.Id);

        internal override string FixAllTitle => "Mark the widest constructor of every such contract [BsdfConstructor]";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (await ContractSyntax.NodeAtAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration)
            {
                return null;
            }

            var widest = declaration.Members.OfType<ConstructorDeclarationSyntax>()
                .Where(constructor => !constructor.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StaticKeyword))
                .OrderByDescending(constructor => constructor.ParameterList.Parameters.Count)
                .FirstOrDefault();
            if (widest is null)
            {
                return null;
            }

            var signature = $"{widest.Identifier.Text}({string.Join(", ", widest.ParameterList.Parameters.Select(p => p.Type?.ToString()))})";
            return PlannedFix.InDocument($"Decode through {signature} ([BsdfConstructor])", document.Id,
                documentEditor => ContractSyntax.AddAttribute(documentEditor, widest, ContractSyntax.Attribute("BsdfConstructor")));
        }
    }
}
