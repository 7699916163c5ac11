using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BsdfGen.Generator.Model
{
    /// <summary>A source location as plain values (a <see cref="Location"/> would pin a syntax tree in the cache).</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public static LocationInfo? From(Location? location) =>
            location is { IsInSource: true } ? new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span) : null;

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        /// <summary>The location in <paramref name="compilation"/>'s tree of the same file, else a file location.</summary>
        public Location ToLocation(Compilation compilation) =>
            System.Linq.Enumerable.FirstOrDefault(compilation.SyntaxTrees, tree => tree.FilePath == FilePath) is { } tree
                ? Location.Create(tree, Span)
                : ToLocation();
    }
}
