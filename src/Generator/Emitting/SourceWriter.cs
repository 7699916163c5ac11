using System.Text;

namespace BsdfGen.Generator.Emitting
{
    /// <summary>Builds indented C# source text with <c>\n</c> line endings, so output is the same on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new();
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4);
                _text.Append(line);
            }

            _text.Append('\n');
            return this;
        }

        public SourceWriter Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>Indents the following lines one more level without a brace (a switch section).</summary>
        public SourceWriter Indent()
        {
            _indent++;
            return this;
        }

        /// <summary>Ends an <see cref="Indent"/>.</summary>
        public SourceWriter Outdent()
        {
            _indent--;
            return this;
        }

        public override string ToString() => _text.ToString();
    }
}
