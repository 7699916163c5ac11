using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BsdfGen.Generator.Model
{
    /// <summary>A diagnostic to report, as plain values; its properties tell a code fix what the parser knows (see <c>DiagnosticProperties</c>).</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments, EquatableArray<DiagnosticProperty> Properties)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
            new(descriptor, LocationInfo.From(location), new EquatableArray<string>(arguments), EquatableArray<DiagnosticProperty>.Empty);

        public DiagnosticInfo WithProperty(string key, string value) =>
            this with { Properties = new EquatableArray<DiagnosticProperty>(Properties.Append(new DiagnosticProperty(key, value))) };

        /// <summary>The diagnostic, located in <paramref name="compilation"/>'s syntax tree (so code fixes can find the document).</summary>
        public Diagnostic ToDiagnostic(Compilation compilation) =>
            Diagnostic.Create(Descriptor, Location?.ToLocation(compilation), Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value), Arguments.ToArray<object>());
    }

    /// <summary>One named value a diagnostic carries for its code fix.</summary>
    internal sealed record DiagnosticProperty(string Key, string Value);
}
