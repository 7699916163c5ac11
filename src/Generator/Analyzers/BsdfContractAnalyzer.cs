using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BsdfGen.Generator.Diagnostics;
using BsdfGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BsdfGen.Generator.Analyzers
{
    /// <summary>
    /// Reports the contract mistakes (BSDF001–BSDF016, BSDF019) found by the same <see cref="ContractParser"/> the generator
    /// builds its models with. They are reported here and not by the generator: code fixes, <c>#pragma</c> and
    /// editorconfig work on analyzer diagnostics, and one reporter means each mistake is shown once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BsdfContractAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => BsdfDiagnostics.ContractRules;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // Under C# 10 or older the generator reports BSDF017 once and generates nothing; the details would be noise.
                if (start.Compilation.SyntaxTrees.FirstOrDefault()?.Options is CSharpParseOptions { LanguageVersion: var version }
                    && version < BsdfContractGenerator.RequiredLanguageVersion)
                {
                    return;
                }

                start.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
            });
        }

        /// <summary>
        /// Reports a contract's diagnostics from the contract's own action, except "make the containing type partial",
        /// which the containing type's action reports: a diagnostic in the analyzed type's own declaration is local, so
        /// the IDE shows it (and its fix) when only the open file is analyzed.
        /// </summary>
        private static void AnalyzeType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (ContractParser.ContractAttributeOf(type) is not null)
            {
                foreach (var diagnostic in Parse(type, context))
                {
                    if (diagnostic.Id != BsdfDiagnostics.NotPartial.Id || IsNameOf(type, diagnostic.Location))
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }

            if (!type.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                return;
            }

            var reported = NestedContracts(type)
                .SelectMany(nested => Parse(nested, context))
                .Where(diagnostic => diagnostic.Id == BsdfDiagnostics.NotPartial.Id && IsNameOf(type, diagnostic.Location))
                .GroupBy(diagnostic => diagnostic.Location.SourceSpan)
                .Select(group => group.First());
            foreach (var diagnostic in reported)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        private static IEnumerable<Diagnostic> Parse(INamedTypeSymbol type, SymbolAnalysisContext context)
        {
            if (ContractParser.ContractAttributeOf(type) is not { } attribute
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            {
                return Enumerable.Empty<Diagnostic>();
            }

            return ContractParser.Parse(type, declaration, attribute, context.CancellationToken).Diagnostics
                .Select(diagnostic => diagnostic.ToDiagnostic(context.Compilation));
        }

        private static IEnumerable<INamedTypeSymbol> NestedContracts(INamedTypeSymbol type) =>
            type.GetTypeMembers().SelectMany(nested => NestedContracts(nested)
                .Concat(ContractParser.ContractAttributeOf(nested) is null ? Enumerable.Empty<INamedTypeSymbol>() : new[] { nested }));

        /// <summary>Whether <paramref name="location"/> is the name of one of <paramref name="type"/>'s declarations (where BSDF001 points).</summary>
        private static bool IsNameOf(INamedTypeSymbol type, Location location) =>
            type.Locations.Any(name => name.SourceTree == location.SourceTree && name.SourceSpan == location.SourceSpan);
    }
}
