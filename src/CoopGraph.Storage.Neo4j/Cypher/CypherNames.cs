using System.Text;

namespace CoopGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Escapes labels, relationship types, property keys and schema names for Cypher text.
/// Names come only from the model; escaping is the second line of defence, after the allow-list.
/// </summary>
internal static class CypherNames
{
    /// <summary>Cypher's limit on a name's length (block format, 5.25+).</summary>
    public const int MaxLength = 16_383;

    /// <summary>
    /// Wraps the name in backticks and doubles any backtick inside it. A backslash is refused:
    /// inside backticks Cypher reads <c>\u0060</c> as a backtick, so a name holding escape
    /// sequences cannot be written faithfully and no model name needs one.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, too long, or holds a backslash, a control character or a lone surrogate.</exception>
    public static string Escape(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var problem = Problem(name);
        if (problem is not null)
        {
            throw new ArgumentException($"'{Printable(name)}' cannot be used as a Cypher name: {problem}.", nameof(name));
        }

        var sb = new StringBuilder(name.Length + 2);
        sb.Append('`');
        foreach (var c in name)
        {
            sb.Append(c);
            if (c == '`')
            {
                sb.Append('`');
            }
        }

        return sb.Append('`').ToString();
    }

    private static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"it is longer than {MaxLength} characters";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '\\')
            {
                return "it holds a backslash";
            }

            if (char.IsControl(c))
            {
                return "it holds a control character";
            }

            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "it holds a lone surrogate (not valid UTF-16)";
            }
        }

        return null;
    }

    private static string Printable(string name)
    {
        var shown = name.Length > 60 ? name[..60] + "…" : name;
        return new string(shown.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
    }
}
