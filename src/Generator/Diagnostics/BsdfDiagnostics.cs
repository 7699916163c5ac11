using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BsdfGen.Generator.Diagnostics
{
    /// <summary>Every diagnostic the generator reports. Ids are stable; each has a page under docs/diagnostics.</summary>
    internal static class BsdfDiagnostics
    {
        private const string Category = "BsdfGen";
        private const string HelpRoot = ProjectLinks.Repository + "/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor NotPartial = Error(
            "BSDF001", "Contract type must be partial",
            "'{0}' must be declared partial so that BsdfGen can add its serializer{1}");

        public static readonly DiagnosticDescriptor UnsupportedMemberType = Error(
            "BSDF002", "Member type is not supported",
            "Member '{0}' has type '{1}', which BsdfGen cannot serialize: {2}");

        public static readonly DiagnosticDescriptor DuplicateKey = Error(
            "BSDF003", "Two members have the same key",
            "Member '{0}' uses the key '{1}', which member '{2}' already uses");

        public static readonly DiagnosticDescriptor MultipleConstructors = Error(
            "BSDF004", "More than one [BsdfConstructor]",
            "'{0}' has more than one constructor marked [BsdfConstructor]; mark exactly one");

        public static readonly DiagnosticDescriptor NoUsableConstructor = Error(
            "BSDF005", "No usable constructor",
            "'{0}' has no constructor BsdfGen can decode through: {1}");

        public static readonly DiagnosticDescriptor RequiredMemberNotSet = Error(
            "BSDF006", "Required member cannot be set",
            "Required member '{0}' cannot be set when decoding because it is marked [BsdfIgnore]");

        public static readonly DiagnosticDescriptor InvalidExtensionName = Error(
            "BSDF007", "Invalid extension name",
            "The extension name '{0}' must be 1 to 250 UTF-8 bytes long (it is {1})");

        public static readonly DiagnosticDescriptor InvalidKnownType = Error(
            "BSDF008", "Invalid known type",
            "Known type '{0}' of '{1}' {2}");

        public static readonly DiagnosticDescriptor EmptyKey = Error(
            "BSDF009", "Empty key",
            "Member '{0}' has an empty [BsdfProperty] key; BSDF readers cannot read empty keys");

        public static readonly DiagnosticDescriptor UnmatchedConstructorParameter = Error(
            "BSDF010", "Constructor parameter matches no member",
            "Constructor parameter '{0}' of '{1}' matches no serialized member (parameters are matched to members by name, ignoring case)");

        public static readonly DiagnosticDescriptor UnsupportedContractKind = Error(
            "BSDF011", "Type cannot be a contract",
            "'{0}' cannot be a BSDF contract: {1}");

        public static readonly DiagnosticDescriptor AbstractWithoutKnownTypes = Warning(
            "BSDF012", "Abstract contract without known types",
            "'{0}' is abstract and lists no [BsdfKnownType], so values of it can be written only through derived contracts and never decoded");

        public static readonly DiagnosticDescriptor AttributeOnUnserializedMember = Warning(
            "BSDF013", "[BsdfProperty] on a member that is not serialized",
            "Member '{0}' has [BsdfProperty] but is not serialized: only public fields and properties with a public getter are");

        public static readonly DiagnosticDescriptor DerivedNotKnown = Warning(
            "BSDF014", "Derived contract is not a known type of its base",
            "'{0}' derives from the contract '{1}' but is not one of its [BsdfKnownType]s, so a '{1}'-typed member cannot write or read it");

        public static readonly DiagnosticDescriptor MemberNotRead = Warning(
            "BSDF015", "Member is written but never read back",
            "'{0}' is written but cannot be set when decoding: it has no setter and no constructor parameter sets it (mark the constructor to use with [BsdfConstructor], add a setter or init accessor, or [BsdfIgnore] it)");

        public static readonly DiagnosticDescriptor NamingPolicyCollision = Error(
            "BSDF016", "Two members have the same key after the naming policy",
            "Member '{0}' and member '{1}' both have the key '{2}' under the naming policy {3}; give one of them a [BsdfProperty] key");

        public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
            "BSDF017", "C# version too old for BsdfGen",
            "BsdfGen's generated serializers need C# {1} or later, but this project compiles with C# {0}, so none were generated for its {2} [BsdfContract] type(s); set <LangVersion> to {1} or later (the default of the .NET 7 and later SDKs is enough)");

        public static readonly DiagnosticDescriptor UnsupportedTypeArgument = Error(
            "BSDF018", "Type argument BsdfGen cannot serialize",
            "{0} is called with '{1}', which BsdfGen cannot serialize: {2}");

        public static readonly DiagnosticDescriptor ParameterKeyNotMemberKey = Warning(
            "BSDF019", "[BsdfProperty] on a constructor parameter differs from its member's key",
            "Parameter '{0}' has the key '{1}', but the member it sets, '{2}', is written under the key '{3}': a key on a parameter does not rename the member; put [BsdfProperty(\"{1}\")] on '{2}' where it is declared");

        /// <summary>The contract rules, reported by <c>BsdfContractAnalyzer</c> (BSDF017 is the generator's own, BSDF018 the call sites').</summary>
        public static ImmutableArray<DiagnosticDescriptor> ContractRules { get; } = ImmutableArray.Create(
            NotPartial, UnsupportedMemberType, DuplicateKey, MultipleConstructors, NoUsableConstructor, RequiredMemberNotSet,
            InvalidExtensionName, InvalidKnownType, EmptyKey, UnmatchedConstructorParameter, UnsupportedContractKind,
            AbstractWithoutKnownTypes, AttributeOnUnserializedMember, DerivedNotKnown, MemberNotRead, NamingPolicyCollision,
            ParameterKeyNotMemberKey);

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
    }
}
