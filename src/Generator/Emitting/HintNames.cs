using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BsdfGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BsdfGen.Generator.Emitting
{
    /// <summary>
    /// The names of the generated files. The compiler requires them unique within the generator ignoring case, and
    /// allows identifier characters and a few punctuation marks in them.
    /// </summary>
    internal static class HintNames
    {
        private const string Extension = ".g.cs";

        /// <summary>
        /// A contract's file name: its namespaces, containing types and name, a generic type's with its arity
        /// (<c>Shop.Outer`1.Item.g.cs</c>). Names are the unescaped identifiers (<c>class</c> for <c>@class</c>).
        /// </summary>
        public static string For(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                var name = Sanitize(current.Name);
                parts.Insert(0, current.Arity == 0 ? name : name + "`" + current.Arity.ToString(CultureInfo.InvariantCulture));
            }

            for (var space = type.ContainingNamespace; space is { IsGlobalNamespace: false }; space = space.ContainingNamespace)
            {
                parts.Insert(0, Sanitize(space.Name));
            }

            return string.Join(".", parts) + Extension;
        }

        /// <summary>The names that equal another one ignoring case (types <c>Item</c> and <c>item</c>), in ordinal order.</summary>
        public static EquatableArray<string> CaseClashes(ImmutableArray<string> names) =>
            new(names.Distinct(StringComparer.Ordinal)
                .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Count() > 1)
                .SelectMany(group => group)
                .OrderBy(name => name, StringComparer.Ordinal));

        /// <summary>
        /// <paramref name="name"/>, numbered when it clashes with others in case: the first in ordinal order keeps
        /// its name, the next ones get <c>.2</c>, <c>.3</c>, … (no type name is a number, so these clash with nothing).
        /// </summary>
        public static string Unique(string name, EquatableArray<string> clashes)
        {
            var rank = clashes.Where(other => string.Equals(other, name, StringComparison.OrdinalIgnoreCase))
                .TakeWhile(other => !string.Equals(other, name, StringComparison.Ordinal))
                .Count();
            return rank == 0
                ? name
                : name.Substring(0, name.Length - Extension.Length) + "." + (rank + 1).ToString(CultureInfo.InvariantCulture) + Extension;
        }

        /// <summary>C# identifiers hold only characters hint names accept; anything else (from another language's metadata) becomes '_'.</summary>
        private static string Sanitize(string part) =>
            new(part.Select(c => IsIdentifierCharacter(c) ? c : '_').ToArray());

        private static bool IsIdentifierCharacter(char c) => c == '_' || char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format => true,
            _ => false,
        };
    }
}
