using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using BsdfGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>BSDF002 and BSDF015: marks the member <c>[BsdfIgnore]</c> (not offered for a record's positional parameter, which the constructor still needs).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IgnoreMemberCodeFix)), Shared]
    public sealed class IgnoreMemberCodeFix : BsdfCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(BsdfDiagnostics.UnsupportedMemberType.Id, BsdfDiagnostics.MemberNotRead.Id);

        internal override string FixAllTitle => "Mark every such member [BsdfIgnore]";

        internal override async Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var node = await ContractSyntax.NodeAtAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            if (ContractSyntax.MemberDeclaration(node) is not { } member || member is ParameterSyntax)
            {
                return null;
            }

            return PlannedFix.InDocument("Do not serialize this member ([BsdfIgnore])", document.Id,
                documentEditor => ContractSyntax.AddAttribute(documentEditor, member, ContractSyntax.Attribute("BsdfIgnore")));
        }
    }
}
