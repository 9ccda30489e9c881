using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace CoopGraph.Host.Http;

/// <summary>
/// Reads Content-Type and Accept values by hand. ASP.NET's MediaTypeHeaderValue matching treats
/// <c>application/graphql-response+json</c> as covered by <c>application/json</c> (structured-suffix matching),
/// which is wrong for GraphQL over HTTP: the two types carry different status-code semantics.
/// </summary>
internal static class MediaTypeSyntax
{
    /// <summary>Reads <c>type/subtype; charset=x</c>. False when the value is not a media type.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out string type, out string subtype, out string? charset, out double quality)
    {
        type = subtype = string.Empty;
        charset = null;
        quality = 1;
        var semicolon = value.IndexOf(';');
        var essence = (semicolon < 0 ? value : value[..semicolon]).Trim();
        var slash = essence.IndexOf('/');
        if (slash <= 0 || slash == essence.Length - 1)
        {
            return false;
        }

        var typePart = essence[..slash].Trim();
        var subtypePart = essence[(slash + 1)..].Trim();
        if (!IsToken(typePart) || !IsToken(subtypePart))
        {
            return false;
        }

        type = typePart.ToString().ToLowerInvariant();
        subtype = subtypePart.ToString().ToLowerInvariant();
        var rest = semicolon < 0 ? [] : value[(semicolon + 1)..];
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOf(';');
            var parameter = (next < 0 ? rest : rest[..next]).Trim();
            rest = next < 0 ? [] : rest[(next + 1)..];
            var equals = parameter.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var name = parameter[..equals].Trim();
            var parameterValue = Unquote(parameter[(equals + 1)..].Trim());
            if (name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = parameterValue.ToString();
            }
            else if (name.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                quality = double.TryParse(parameterValue, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) && q is >= 0 and <= 1 ? q : 0;
            }
        }

        return true;
    }

    /// <summary>Every well-formed entry of the Accept header lines, in order; malformed entries are skipped.</summary>
    public static List<MediaRange> ParseAccept(StringValues headerLines)
    {
        var ranges = new List<MediaRange>();
        foreach (var line in headerLines)
        {
            if (line is null)
            {
                continue;
            }

            foreach (var entry in SplitOutsideQuotes(line))
            {
                if (TryParse(entry.AsSpan(), out var type, out var subtype, out var charset, out var quality) && !(type == "*" && subtype != "*"))
                {
                    ranges.Add(new MediaRange(type, subtype, quality, charset));
                }
            }
        }

        return ranges;
    }

    private static IEnumerable<string> SplitOutsideQuotes(string line)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                yield return line[start..i];
                start = i + 1;
            }
        }

        yield return line[start..];
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static bool IsToken(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return !value.IsEmpty;
    }
}
