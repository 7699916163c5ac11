using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BsdfGen.Cli.Json;

/// <summary>
/// Parses JSON text as Python's <c>json.loads</c> does, into the values BSDF encodes: objects become
/// <see cref="BsdfMap"/> (key order kept, a repeated key keeps its first place and last value), arrays
/// <c>List&lt;object?&gt;</c>, integers <see cref="long"/>, other numbers <see cref="double"/>. The
/// non-standard tokens <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> are accepted.
/// </summary>
internal sealed class JsonParser
{
    private readonly string _text;
    private int _position;

    private JsonParser(string text)
    {
        _text = text;
    }

    public static object? Parse(string text)
    {
        var parser = new JsonParser(text);
        if (text.StartsWith('\uFEFF'))
        {
            parser._position = 1;
        }

        parser.SkipWhitespace();
        var value = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("Extra data", parser._position);
        }

        return value;
    }

    private object? ParseValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw Error("Expecting value", _position);
        }

        switch (_text[_position])
        {
            case '"':
                return ParseString();
            case '{':
                return ParseObject(depth);
            case '[':
                return ParseArray(depth);
        }

        if (TryLiteral("null"))
        {
            return null;
        }

        if (TryLiteral("true"))
        {
            return true;
        }

        if (TryLiteral("false"))
        {
            return false;
        }

        if (TryLiteral("NaN"))
        {
            return double.NaN;
        }

        if (TryLiteral("Infinity"))
        {
            return double.PositiveInfinity;
        }

        if (TryLiteral("-Infinity"))
        {
            return double.NegativeInfinity;
        }

        return ParseNumber();
    }

    private bool TryLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) == 0)
        {
            _position += literal.Length;
            return true;
        }

        return false;
    }

    private object ParseNumber()
    {
        var start = _position;
        var i = _position;
        if (i < _text.Length && _text[i] == '-')
        {
            i++;
        }

        if (i < _text.Length && _text[i] == '0')
        {
            i++;
        }
        else if (i < _text.Length && _text[i] is >= '1' and <= '9')
        {
            i = SkipDigits(i);
        }
        else
        {
            throw Error("Expecting value", start);
        }

        var isInteger = true;
        if (i + 1 < _text.Length && _text[i] == '.' && char.IsAsciiDigit(_text[i + 1]))
        {
            isInteger = false;
            i = SkipDigits(i + 1);
        }

        if (i < _text.Length && _text[i] is 'e' or 'E')
        {
            var exponent = i + 1;
            if (exponent < _text.Length && _text[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < _text.Length && char.IsAsciiDigit(_text[exponent]))
            {
                isInteger = false;
                i = SkipDigits(exponent);
            }
        }

        _position = i;
        var token = _text.AsSpan(start, i - start);
        if (!isInteger)
        {
            return double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        throw new CliException($"Invalid JSON: the integer {token} at {Where(start)} does not fit in 64 bits, the largest integers BSDF holds");
    }

    private int SkipDigits(int i)
    {
        while (i < _text.Length && char.IsAsciiDigit(_text[i]))
        {
            i++;
        }

        return i;
    }

    private string ParseString()
    {
        var start = _position;
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            var chunkStart = _position;
            while (_position < _text.Length && _text[_position] is not ('"' or '\\') && _text[_position] >= ' ')
            {
                _position++;
            }

            builder.Append(_text, chunkStart, _position - chunkStart);
            if (_position >= _text.Length)
            {
                throw Error("Unterminated string starting at", start);
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                break;
            }

            if (c != '\\')
            {
                throw Error("Invalid control character at", _position);
            }

            if (_position + 1 >= _text.Length)
            {
                throw Error("Unterminated string starting at", start);
            }

            var escape = _text[_position + 1];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append(ParseUnicodeEscape());
                    continue;
                default:
                    throw Error("Invalid \\escape", _position);
            }

            _position += 2;
        }

        return builder.ToString();
    }

    /// <summary>Reads <c>\uXXXX</c> (and a following low surrogate escape) at the current position.</summary>
    private string ParseUnicodeEscape()
    {
        var start = _position;
        var unit = ReadHex4(_position + 2, start);
        _position += 6;
        if (char.IsHighSurrogate(unit) && _position + 1 < _text.Length && _text[_position] == '\\' && _text[_position + 1] == 'u')
        {
            var low = ReadHex4(_position + 2, _position);
            if (char.IsLowSurrogate(low))
            {
                _position += 6;
                return new string([unit, low]);
            }
        }

        if (char.IsSurrogate(unit))
        {
            throw new CliException($"Invalid JSON: lone surrogate \\u{(int)unit:x4} at {Where(start)} cannot be stored as UTF-8");
        }

        return unit.ToString();
    }

    private char ReadHex4(int at, int escapeStart)
    {
        if (at + 4 > _text.Length
            || !int.TryParse(_text.AsSpan(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("Invalid \\uXXXX escape", escapeStart);
        }

        return (char)value;
    }

    private BsdfMap ParseObject(int depth)
    {
        Enter(depth);
        _position++;
        var map = new BsdfMap();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return map;
        }

        while (true)
        {
            if (Peek() != '"')
            {
                throw Error("Expecting property name enclosed in double quotes", _position);
            }

            var key = ParseString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("Expecting ':' delimiter", _position);
            }

            _position++;
            SkipWhitespace();
            map[key] = ParseValue(depth + 1);
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                return map;
            }

            if (next != ',')
            {
                throw Error("Expecting ',' delimiter", _position - 1);
            }

            SkipWhitespace();
        }
    }

    private List<object?> ParseArray(int depth)
    {
        Enter(depth);
        _position++;
        var list = new List<object?>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return list;
        }

        while (true)
        {
            list.Add(ParseValue(depth + 1));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                return list;
            }

            if (next != ',')
            {
                throw Error("Expecting ',' delimiter", _position - 1);
            }

            SkipWhitespace();
        }
    }

    private void Enter(int depth)
    {
        if (depth >= CliLimits.MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error($"Nesting deeper than {CliLimits.MaxNesting} levels", _position);
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private string Where(int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"line {line} column {position - lineStart + 1} (char {position})";
    }

    private CliException Error(string message, int position) => new($"Invalid JSON: {message}: {Where(position)}");
}
