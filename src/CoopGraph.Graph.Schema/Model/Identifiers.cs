using System.Buffers;
using System.Text;

namespace CoopGraph.Graph.Schema.Model;

/// <summary>
/// The id rule of the domain: node ids are <c>&lt;label-kebab&gt;:&lt;key-kebab&gt;</c>;
/// relationship ids are <c>&lt;TYPE&gt;:&lt;start id&gt;:&lt;end id&gt;</c>, so a relationship is
/// identified by its type and its two ends and needs no stored id.
/// </summary>
public static class Identifiers
{
    private static readonly SearchValues<char> KebabChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary><c>HistoricalTie</c> → <c>historical-tie</c>.</summary>
    public static string KebabCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]) && char.IsUpper(pascal[i - 1]))))
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c == '_' ? '-' : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>True for a lower-case kebab-case word: letters and digits joined by single hyphens.</summary>
    public static bool IsKebab(ReadOnlySpan<char> text) =>
        text.Length > 0
        && !text.ContainsAnyExcept(KebabChars)
        && text[0] != '-'
        && text[^1] != '-'
        && !text.Contains("--", StringComparison.Ordinal);

    /// <summary>Checks the shape of a node id (<c>prefix:key</c>, both kebab-case).</summary>
    public static bool IsNodeId(ReadOnlySpan<char> id)
    {
        var colon = id.IndexOf(':');
        return colon > 0 && IsKebab(id[..colon]) && IsKebab(id[(colon + 1)..]);
    }

    public static string RelationshipId(string type, string startId, string endId) => $"{type}:{startId}:{endId}";

    /// <summary>Splits a relationship id into its type and ends; false when it is not one.</summary>
    public static bool TryParseRelationshipId(string id, out string type, out string startId, out string endId)
    {
        type = startId = endId = string.Empty;
        var parts = id.Split(':');
        if (parts.Length != 5 || parts[0].Length == 0)
        {
            return false;
        }

        type = parts[0];
        startId = parts[1] + ":" + parts[2];
        endId = parts[3] + ":" + parts[4];
        return IsNodeId(startId) && IsNodeId(endId);
    }
}
