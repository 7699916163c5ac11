using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>What a fix does for one diagnostic: its title and its edit.</summary>
    internal sealed class PlannedFix
    {
        private PlannedFix(string title, Func<SolutionEditor, CancellationToken, Task> apply)
        {
            Title = title;
            Apply = apply;
        }

        /// <summary>A fix that edits one document (the edits of every fix in a fix-all share its editor).</summary>
        public static PlannedFix InDocument(string title, DocumentId document, Action<DocumentEditor> edit) =>
            new(title, async (editor, cancellationToken) => edit(await editor.GetDocumentEditorAsync(document, cancellationToken).ConfigureAwait(false)));

        public string Title { get; }

        public Func<SolutionEditor, CancellationToken, Task> Apply { get; }
    }

    /// <summary>
    /// A fix made of syntax edits on a <see cref="SolutionEditor"/>. One fix and fix-all run the same edits, fix-all
    /// on one editor for every diagnostic in scope, so edits of the same node (two derived types added to one base) compose.
    /// </summary>
    public abstract class BsdfCodeFixProvider : CodeFixProvider
    {
        /// <summary>The title of the fix-all action.</summary>
        internal abstract string FixAllTitle { get; }

        /// <summary>Identifies this provider's action, for fix-all.</summary>
        internal string EquivalenceKey => GetType().Name;

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => EditorFixAllProvider.Instance;

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (await PlanAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } fix)
                {
                    continue;
                }

                var solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, cancellationToken => ApplyAsync(solution, ImmutableArray.Create(fix), cancellationToken), EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The fix for <paramref name="diagnostic"/>, or null when no single obvious edit fixes it.</summary>
        internal abstract Task<PlannedFix?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

        internal static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<PlannedFix> fixes, CancellationToken cancellationToken)
        {
            var editor = new SolutionEditor(solution);
            foreach (var fix in fixes)
            {
                await fix.Apply(editor, cancellationToken).ConfigureAwait(false);
            }

            return editor.GetChangedSolution();
        }
    }
}
