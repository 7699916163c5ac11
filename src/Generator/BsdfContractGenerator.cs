using System;
using System.Linq;
using BsdfGen.Generator.CallSites;
using BsdfGen.Generator.Diagnostics;
using BsdfGen.Generator.Emitting;
using BsdfGen.Generator.Model;
using BsdfGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BsdfGen.Generator
{
    /// <summary>
    /// Writes a reflection-free serializer for every <c>[BsdfContract]</c> type. Pipeline: the parser turns
    /// each attributed type into a value-equatable model (cached between edits), the emitter turns a model
    /// into source. The parser's diagnostics are reported by <see cref="Analyzers.BsdfContractAnalyzer"/>, not here, so
    /// each is shown once and code fixes can act on it.
    /// Generated code needs C# 11 (static abstract interface members): under an older language version nothing is
    /// generated and one BSDF017 is reported instead.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class BsdfContractGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking name of the parse step (for incremental tests).</summary>
        public const string ParseStep = "BsdfContractParse";

        /// <summary>The tracking name of the model step (for incremental tests).</summary>
        public const string ModelStep = "BsdfContractModel";

        /// <summary>The tracking name of the step that reads calls to typed entry points (for incremental tests).</summary>
        public const string CallSiteStep = "BsdfCallSites";

        /// <summary>The tracking name of the step that gathers the call sites' registrations (for incremental tests).</summary>
        public const string RegistrationStep = "BsdfCallSiteRegistrations";

        /// <summary>The oldest C# version the generated code compiles with.</summary>
        public const LanguageVersion RequiredLanguageVersion = LanguageVersion.CSharp11;

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var languageVersion = context.ParseOptionsProvider.Select(static (options, _) =>
                options is CSharpParseOptions csharp ? csharp.LanguageVersion : RequiredLanguageVersion);
            var supported = languageVersion.Select(static (version, _) => version >= RequiredLanguageVersion);

            var parsed = context.SyntaxProvider.ForAttributeWithMetadataName(
                    "BsdfGen.BsdfContractAttribute",
                    static (node, _) => node is TypeDeclarationSyntax,
                    ContractParser.Parse)
                .WithTrackingName(ParseStep);

            var models = parsed.Select(static (result, _) => result.Model)
                .WithTrackingName(ModelStep);

            // File names must differ ignoring case: types such as Item and item get numbered names. Nearly always no
            // name clashes, so adding or editing a contract leaves the others' output cached.
            var caseClashes = models.Where(static model => model is not null)
                .Select(static (model, _) => model!.HintName)
                .Collect()
                .Select(static (names, _) => HintNames.CaseClashes(names));
            context.RegisterSourceOutput(models.Combine(supported).Combine(caseClashes), static (output, input) =>
            {
                var ((contract, isSupported), clashes) = input;
                if (contract is { } model && isSupported)
                {
                    output.AddSource(HintNames.Unique(model.HintName, clashes), ContractEmitter.Emit(model));
                }
            });

            // Calls such as Bsdf.Deserialize<Box<int>>(…): their closed generic contracts register themselves.
            var registrations = context.SyntaxProvider.CreateSyntaxProvider(
                    static (node, _) => node is InvocationExpressionSyntax invocation && SerializerEntryPoints.MayCall(invocation),
                    CallSiteParser.Parse)
                .WithTrackingName(CallSiteStep)
                .SelectMany(static (found, _) => found)
                .Collect()
                .Select(static (all, _) => new EquatableArray<RegistrationModel>(all.Distinct()
                    .OrderBy(registration => registration.IsContract ? 0 : 1)
                    .ThenBy(registration => registration.TypeName, StringComparer.Ordinal)))
                .WithTrackingName(RegistrationStep);
            context.RegisterSourceOutput(registrations.Combine(supported), static (output, pair) =>
            {
                if (pair.Left.Count > 0 && pair.Right)
                {
                    output.AddSource(RegistrationEmitter.HintName, RegistrationEmitter.Emit(pair.Left.ToList()));
                }
            });

            var contractNames = context.SyntaxProvider.ForAttributeWithMetadataName(
                    "BsdfGen.BsdfContractAttribute",
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributed, _) => LocationInfo.From(((TypeDeclarationSyntax)attributed.TargetNode).Identifier.GetLocation()))
                .Collect();
            context.RegisterSourceOutput(contractNames.Combine(languageVersion), static (output, pair) =>
            {
                var (contracts, version) = pair;
                if (contracts.IsEmpty || version >= RequiredLanguageVersion)
                {
                    return;
                }

                output.ReportDiagnostic(Diagnostic.Create(
                    BsdfDiagnostics.LanguageVersionTooOld,
                    contracts[0]?.ToLocation(),
                    version.ToDisplayString(),
                    RequiredLanguageVersion.ToDisplayString(),
                    contracts.Length));
            });
        }
    }
}
