using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace BsdfGen.Generator.CodeFixes
{
    /// <summary>Finding the declarations diagnostics point at, and adding BsdfGen attributes to them.</summary>
    internal static class ContractSyntax
    {
        /// <summary>The node the diagnostic's span covers (an identifier's declaration, an attribute).</summary>
        public static async Task<SyntaxNode?> NodeAtAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        }

        /// <summary>
        /// The declaration of the serialized member at <paramref name="node"/> that attributes can be added to: a property,
        /// a field declaring one variable, or a record's positional parameter; otherwise null.
        /// </summary>
        public static SyntaxNode? MemberDeclaration(SyntaxNode? node) => node switch
        {
            PropertyDeclarationSyntax property => property,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
            ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } parameter => parameter,
            _ => null,
        };

        /// <summary><c>[BsdfGen.<paramref name="name"/>(…)]</c>, shortened to <c>[<paramref name="name"/>(…)]</c> where <c>using BsdfGen;</c> allows.</summary>
        public static AttributeSyntax Attribute(string name, params ExpressionSyntax[] arguments) =>
            SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("global::BsdfGen." + name).WithAdditionalAnnotations(Simplifier.Annotation),
                arguments.Length == 0 ? null : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.AttributeArgument))));

        /// <summary>
        /// Adds <paramref name="attribute"/> to a declaration (to the property of a record's positional parameter) in a list
        /// of its own: on its own line after the last list that ends a line, else first, keeping the declaration's layout.
        /// </summary>
        public static void AddAttribute(DocumentEditor editor, SyntaxNode declaration, AttributeSyntax attribute) =>
            editor.ReplaceNode(declaration, (current, _) => WithAttribute(current, attribute));

        private static SyntaxNode WithAttribute(SyntaxNode declaration, AttributeSyntax attribute)
        {
            // Fix-all can add the same attribute twice (two calls naming one type); the first one is enough.
            if (declaration.ChildNodes().OfType<AttributeListSyntax>().SelectMany(list => list.Attributes)
                .Any(existing => existing.IsEquivalentTo(attribute)))
            {
                return declaration;
            }

            if (declaration is ParameterSyntax parameter)
            {
                var target = SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword));
                var inline = SyntaxFactory.AttributeList(target, SyntaxFactory.SingletonSeparatedList(attribute)).WithTrailingTrivia(SyntaxFactory.Space);
                return parameter.WithAttributeLists(parameter.AttributeLists.Add(inline));
            }

            var member = (MemberDeclarationSyntax)declaration;
            var leading = member.GetLeadingTrivia();
            var indentation = leading.Reverse().TakeWhile(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
            var endOfLine = member.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithTrailingTrivia(endOfLine == default ? SyntaxFactory.LineFeed : endOfLine);
            var lists = member.AttributeLists;
            var after = lists.LastOrDefault(existing => existing.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia));
            if (after is not null)
            {
                return member.WithAttributeLists(lists.Insert(lists.IndexOf(after) + 1, list.WithLeadingTrivia(indentation)));
            }

            var first = member.GetFirstToken();
            var unindented = member.ReplaceToken(first, first.WithLeadingTrivia(indentation));
            return unindented.WithAttributeLists(unindented.AttributeLists.Insert(0, list.WithLeadingTrivia(leading)));
        }

        /// <summary>
        /// The attribute of <paramref name="declaration"/> whose type is <c>BsdfGen.<paramref name="metadataName"/></c>, or null;
        /// on a record's positional parameter, the one that targets its property, else one without a target (which
        /// the parser reads for the property too).
        /// </summary>
        public static AttributeSyntax? FindAttribute(SemanticModel model, SyntaxNode declaration, string metadataName, CancellationToken cancellationToken) =>
            declaration.ChildNodes().OfType<AttributeListSyntax>()
                .Where(list => declaration is not ParameterSyntax || list.Target is null || list.Target.Identifier.IsKind(SyntaxKind.PropertyKeyword))
                .OrderBy(list => list.Target is null ? 1 : 0)
                .SelectMany(list => list.Attributes)
                .FirstOrDefault(attribute => model.GetTypeInfo(attribute, cancellationToken).Type?.ToDisplayString() == "BsdfGen." + metadataName);
    }
}
