using BsdfGen.Generator.Emitting;
using BsdfGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator
{
    /// <summary>
    /// Writes a reflection-free serializer for every <c>[BsdfContract]</c> type. Pipeline: the parser turns
    /// each attributed type into a value-equatable model (cached between edits), the emitter turns a model
    /// into source, and diagnostics are reported from a separate output so they never disturb the cache.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class BsdfContractGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking name of the parse step (for incremental tests).</summary>
        public const string ParseStep = "BsdfContractParse";

        /// <summary>The tracking name of the model step (for incremental tests).</summary>
        public const string ModelStep = "BsdfContractModel";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parsed = context.SyntaxProvider.ForAttributeWithMetadataName(
                    "BsdfGen.BsdfContractAttribute",
                    static (node, _) => node is TypeDeclarationSyntax,
                    ContractParser.Parse)
                .WithTrackingName(ParseStep);

            var models = parsed.Select(static (result, _) => result.Model)
                .WithTrackingName(ModelStep);

            context.RegisterSourceOutput(models, static (output, model) =>
            {
                if (model is not null)
                {
                    output.AddSource(model.HintName, ContractEmitter.Emit(model));
                }
            });

            context.RegisterSourceOutput(parsed.Select(static (result, _) => result.Diagnostics), static (output, diagnostics) =>
            {
                foreach (var diagnostic in diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }
    }
}
