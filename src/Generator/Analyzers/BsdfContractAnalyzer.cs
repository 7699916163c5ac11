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
    /// Reports the contract mistakes (BSDF001–BSDF016) found by the same <see cref="ContractParser"/> the generator
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

        private static void AnalyzeType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (ContractParser.ContractAttributeOf(type) is not { } attribute
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            {
                return;
            }

            foreach (var diagnostic in ContractParser.Parse(type, declaration, attribute, context.CancellationToken).Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic(context.Compilation));
            }
        }
    }
}
