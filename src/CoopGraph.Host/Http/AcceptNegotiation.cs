using Microsoft.Extensions.Primitives;

namespace CoopGraph.Host.Http;

/// <summary>Chooses the response media type from the Accept header, q-values and specificity compared by hand.</summary>
internal static class AcceptNegotiation
{
    /// <summary>
    /// The preferred GraphQL response type, or null when the client accepts neither (406).
    /// No Accept header, or one that only says <c>*/*</c> or <c>application/*</c>, means <c>application/json</c>:
    /// legacy clients expect it, and the graphql-http audit asks for it.
    /// </summary>
    public static ResponseMediaType? SelectResponseType(StringValues accept)
    {
        var ranges = MediaTypeSyntax.ParseAccept(accept);
        if (ranges.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var (graphQLQuality, graphQLSpecificity) = Match(ranges, "application", "graphql-response+json");
        var (jsonQuality, jsonSpecificity) = Match(ranges, "application", "json");
        if (graphQLQuality <= 0 && jsonQuality <= 0)
        {
            return null;
        }

        if (graphQLQuality != jsonQuality)
        {
            return graphQLQuality > jsonQuality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        if (graphQLSpecificity != jsonSpecificity)
        {
            return graphQLSpecificity > jsonSpecificity ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        // Both named explicitly with the same weight: the spec's own type wins; both only through wildcards: legacy JSON.
        return graphQLSpecificity == 2 ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    /// <summary>True for a browser navigation: <c>text/html</c> named explicitly and weighted at least as high as any JSON type.</summary>
    public static bool PrefersHtml(StringValues accept)
    {
        var ranges = MediaTypeSyntax.ParseAccept(accept);
        var (htmlQuality, htmlSpecificity) = Match(ranges, "text", "html");
        if (htmlSpecificity != 2 || htmlQuality <= 0)
        {
            return false;
        }

        var (graphQLQuality, _) = Match(ranges, "application", "graphql-response+json");
        var (jsonQuality, _) = Match(ranges, "application", "json");
        return htmlQuality >= graphQLQuality && htmlQuality >= jsonQuality;
    }

    /// <summary>The weight the most specific covering range gives the media type (RFC 9110 §12.5.1), and that range's specificity.</summary>
    private static (double Quality, int Specificity) Match(List<MediaRange> ranges, string type, string subtype)
    {
        var quality = 0d;
        var specificity = -1;
        foreach (var range in ranges)
        {
            var rangeSpecificity = range.Specificity(type, subtype);
            if (rangeSpecificity > specificity)
            {
                specificity = rangeSpecificity;
                quality = range.AllowsUtf8 ? range.Quality : 0;
            }
        }

        return (quality, specificity);
    }
}
