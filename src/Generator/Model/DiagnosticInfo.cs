using Microsoft.CodeAnalysis;

namespace BsdfGen.Generator.Model
{
    /// <summary>A diagnostic to report, as plain values.</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
            new(descriptor, LocationInfo.From(location), new EquatableArray<string>(arguments));

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(Descriptor, Location?.ToLocation(), System.Linq.Enumerable.ToArray<object>(Arguments));
    }
}
