using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Traversals.Patterns;

/// <summary>
/// Parses a path pattern: a regular expression over relationship steps.
/// <code>
/// choice   := sequence ('|' sequence)*
/// sequence := repeated (',' repeated)*
/// repeated := atom ('*' | '+' | '?' | '{' m '}' | '{' m ',' '}' | '{' m ',' n '}')?
/// atom     := '(' choice ')' | '&lt;'? (TYPE | '.') '&gt;'?
/// </code>
/// <c>TYPE&gt;</c> follows a relationship from start to end, <c>&lt;TYPE</c> from end to start,
/// a bare <c>TYPE</c> either way; <c>.</c> is any type. A repeated atom is parsed again for
/// each copy, so every copy gets states of its own.
/// </summary>
public sealed class PatternParser
{
    private const int MaxRepeat = 50;

    private readonly string _text;
    private readonly GraphModel _model;
    private readonly ThompsonBuilder _builder;
    private int _position;

    private PatternParser(string text, GraphModel model, int maxStates)
    {
        _text = text;
        _model = model;
        _builder = new ThompsonBuilder(maxStates, () => $"the pattern needs more than {maxStates} states (limit MaxPatternStates)");
    }

    /// <exception cref="PatternSyntaxException">The text is not a pattern, names an unknown type, or is too large.</exception>
    public static PathPattern Parse(string text, GraphModel model, int maxStates)
    {
        var parser = new PatternParser(text, model, maxStates);
        try
        {
            var whole = parser.ParseChoice();
            parser.SkipSpace();
            if (parser._position < text.Length)
            {
                throw parser.Error(parser.Peek() == ')' ? "')' without a matching '('" : $"unexpected '{parser.Peek()}'");
            }

            return new PathPattern(text, parser._builder.Compile(whole));
        }
        catch (InvalidOperationException tooLarge)
        {
            throw new PatternSyntaxException(1, tooLarge.Message);
        }
    }

    private (int Start, int End) ParseChoice()
    {
        var result = ParseSequence();
        while (Accept('|'))
        {
            result = _builder.Choice(result, ParseSequence());
        }

        return result;
    }

    private (int Start, int End) ParseSequence()
    {
        var result = ParseRepeated();
        while (Accept(','))
        {
            result = _builder.Sequence(result, ParseRepeated());
        }

        return result;
    }

    private (int Start, int End) ParseRepeated()
    {
        SkipSpace();
        var atomStart = _position;
        var atom = ParseAtom();
        SkipSpace();
        var (min, max) = Peek() switch
        {
            '*' => Quantifier(0, null),
            '+' => Quantifier(1, null),
            '?' => Quantifier(0, 1),
            '{' => ParseBounds(),
            _ => (1, (int?)1),
        };
        if (min == 1 && max == 1)
        {
            return atom;
        }

        SkipSpace();
        if (Peek() is '*' or '+' or '?' or '{')
        {
            throw Error("a repetition cannot be repeated directly; use parentheses");
        }

        var after = _position;
        var result = min == 0 ? _builder.Empty() : atom;
        for (var copy = 1; copy < min; copy++)
        {
            result = _builder.Sequence(result, Reparse(atomStart));
        }

        if (max is null)
        {
            result = _builder.Sequence(result, _builder.Optional(min == 0 ? atom : Reparse(atomStart), loop: true));
        }
        else
        {
            // Optional copies nest, so that x{1,3} is x(x(x)?)? and matches each length once.
            (int Start, int End)? tail = null;
            for (var copy = min; copy < max; copy++)
            {
                var inner = copy == 0 ? atom : Reparse(atomStart);
                tail = _builder.Optional(tail is { } t ? _builder.Sequence(inner, t) : inner, loop: false);
            }

            if (tail is { } optional)
            {
                result = _builder.Sequence(result, optional);
            }
        }

        _position = after;
        return result;
    }

    private (int, int?) Quantifier(int min, int? max)
    {
        _position++;
        return (min, max);
    }

    private (int Start, int End) Reparse(int atomStart)
    {
        _position = atomStart;
        return ParseAtom();
    }

    private (int Min, int? Max) ParseBounds()
    {
        var open = _position;
        _position++;
        var min = ParseNumber();
        int? max = min;
        if (Accept(','))
        {
            SkipSpace();
            max = Peek() == '}' ? null : ParseNumber();
        }

        if (!Accept('}'))
        {
            throw Error("expected '}' to close the repetition");
        }

        if (max < min)
        {
            throw new PatternSyntaxException(open + 1, $"the repetition {{{min},{max}}} has its maximum below its minimum");
        }

        if (max is null && min > MaxRepeat || max > MaxRepeat)
        {
            throw new PatternSyntaxException(open + 1, $"a repetition bound may be at most {MaxRepeat}");
        }

        return (min, max);
    }

    private int ParseNumber()
    {
        SkipSpace();
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        return _position > start && _position - start <= 4
            ? int.Parse(_text.AsSpan(start, _position - start), System.Globalization.CultureInfo.InvariantCulture)
            : throw Error("expected a number");
    }

    private (int Start, int End) ParseAtom()
    {
        SkipSpace();
        if (Accept('('))
        {
            var inner = ParseChoice();
            if (!Accept(')'))
            {
                throw Error("expected ')'");
            }

            return inner;
        }

        var backwards = Accept('<');
        SkipSpace();
        var typeStart = _position;
        RelationshipType? type;
        if (Peek() == '.')
        {
            _position++;
            type = null;
        }
        else
        {
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
            {
                _position++;
            }

            if (_position == typeStart)
            {
                throw Error(_position >= _text.Length ? "the pattern ends where a relationship type or '(' is expected" : "expected a relationship type, '.' or '('");
            }

            var name = _text[typeStart.._position];
            type = _model.FindRelationshipType(name)
                ?? throw new PatternSyntaxException(typeStart + 1, $"unknown relationship type '{name}'; known: {string.Join(", ", _model.RelationshipTypes.Select(t => t.Name))}");
        }

        var forwards = Accept('>');
        if (backwards && forwards)
        {
            throw new PatternSyntaxException(typeStart + 1, "a step goes either forwards (TYPE>) or backwards (<TYPE), not both");
        }

        var direction = forwards ? RelationshipDirection.Out : backwards ? RelationshipDirection.In : RelationshipDirection.Both;
        return _builder.Step(type, direction);
    }

    private bool Accept(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            return false;
        }

        _position++;
        return true;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private PatternSyntaxException Error(string reason) => new(_position + 1, reason);
}
