using System.Globalization;
using System.Text;

namespace BsdfGen.Generator.Parsing
{
    /// <summary>The values of the runtime's <c>BsdfNamingPolicy</c> enum (the generator cannot reference the runtime).</summary>
    internal enum NamingPolicy
    {
        None = 0,
        CamelCase = 1,
        SnakeCaseLower = 2,
        SnakeCaseUpper = 3,
        KebabCaseLower = 4,
        KebabCaseUpper = 5,
    }

    /// <summary>Member names to keys under a naming policy, by the same rules as System.Text.Json's <c>JsonNamingPolicy</c>.</summary>
    internal static class KeyNaming
    {
        public static string Apply(NamingPolicy policy, string name) => policy switch
        {
            NamingPolicy.CamelCase => CamelCase(name),
            NamingPolicy.SnakeCaseLower => Separated(name, '_', lowercase: true),
            NamingPolicy.SnakeCaseUpper => Separated(name, '_', lowercase: false),
            NamingPolicy.KebabCaseLower => Separated(name, '-', lowercase: true),
            NamingPolicy.KebabCaseUpper => Separated(name, '-', lowercase: false),
            _ => name,
        };

        /// <summary>Lowers the first letter, and the run of capitals it starts but for a last one that begins a word.</summary>
        private static string CamelCase(string name)
        {
            if (name.Length == 0 || !char.IsUpper(name[0]))
            {
                return name;
            }

            var chars = name.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (i == 1 && !char.IsUpper(chars[i]))
                {
                    break;
                }

                var hasNext = i + 1 < chars.Length;
                if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
                {
                    break;
                }

                chars[i] = char.ToLowerInvariant(chars[i]);
            }

            return new string(chars);
        }

        /// <summary>
        /// Words split where a capital follows a lower-case letter or digit, or ends a run of capitals before a
        /// lower-case letter (<c>XMLReader</c>: <c>xml_reader</c>), joined by <paramref name="separator"/>.
        /// </summary>
        private static string Separated(string name, char separator, bool lowercase)
        {
            var result = new StringBuilder(name.Length + 4);
            var state = SeparatorState.NotStarted;
            for (var i = 0; i < name.Length; i++)
            {
                var current = name[i];
                switch (char.GetUnicodeCategory(current))
                {
                    case UnicodeCategory.UppercaseLetter:
                        if (state is SeparatorState.LowercaseLetterOrDigit or SeparatorState.Space
                            || state == SeparatorState.UppercaseLetter && i + 1 < name.Length && char.IsLower(name[i + 1]))
                        {
                            result.Append(separator);
                        }

                        result.Append(lowercase ? char.ToLowerInvariant(current) : current);
                        state = SeparatorState.UppercaseLetter;
                        break;
                    case UnicodeCategory.LowercaseLetter:
                    case UnicodeCategory.DecimalDigitNumber:
                        if (state == SeparatorState.Space)
                        {
                            result.Append(separator);
                        }

                        result.Append(lowercase ? current : char.ToUpperInvariant(current));
                        state = SeparatorState.LowercaseLetterOrDigit;
                        break;
                    case UnicodeCategory.SpaceSeparator:
                        if (state != SeparatorState.NotStarted)
                        {
                            state = SeparatorState.Space;
                        }

                        break;
                    default:
                        result.Append(current);
                        state = SeparatorState.NotStarted;
                        break;
                }
            }

            return result.ToString();
        }

        private enum SeparatorState
        {
            NotStarted,
            UppercaseLetter,
            LowercaseLetterOrDigit,
            Space,
        }
    }
}
