using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>Fix-all for a <see cref="BsdfCodeFixProvider"/>: plans every diagnostic in the scope, then edits once.</summary>
    internal sealed class EditorFixAllProvider : FixAllProvider
    {
        public static EditorFixAllProvider Instance { get; } = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            if (context.CodeFixProvider is not BsdfCodeFixProvider provider || context.CodeActionEquivalenceKey != provider.EquivalenceKey)
            {
                return null;
            }

            var documents = context.Scope switch
            {
                FixAllScope.Document when context.Document is not null => new[] { context.Document },
                FixAllScope.Project => context.Project.Documents,
                FixAllScope.Solution => context.Solution.Projects.SelectMany(project => project.Documents),
                _ => Enumerable.Empty<Document>(),
            };

            var fixes = new List<PlannedFix>();
            foreach (var document in documents)
            {
                foreach (var diagnostic in await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                {
                    if (await provider.PlanAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } fix)
                    {
                        fixes.Add(fix);
                    }
                }
            }

            var solution = context.Solution;
            return fixes.Count == 0
                ? null
                : CodeAction.Create(provider.FixAllTitle, cancellationToken => BsdfCodeFixProvider.ApplyAsync(solution, fixes, cancellationToken), provider.EquivalenceKey);
        }
    }
}
