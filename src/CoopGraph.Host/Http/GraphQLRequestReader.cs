using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace CoopGraph.Host.Http;

/// <summary>Reads the GraphQL request parameters of a GET query string or a POST body, refusing malformed ones with 4xx.</summary>
internal sealed partial class GraphQLRequestReader(IGraphQLSerializer serializer, IGraphQLTextSerializer textSerializer)
{
    public ParsedRequest ReadGet(IQueryCollection queryString)
    {
        if (!TryGetSingle(queryString, "query", out var query) || !TryGetSingle(queryString, "operationName", out var operationName)
            || !TryGetSingle(queryString, "variables", out var variablesJson) || !TryGetSingle(queryString, "extensions", out var extensionsJson))
        {
            return RequestError.BadRequest("Each GraphQL request parameter may appear at most once in the query string.");
        }

        if (query is null)
        {
            return RequestError.BadRequest("The GraphQL request has no 'query' parameter.");
        }

        if (!TryReadMap(variablesJson, out var variables))
        {
            return RequestError.BadRequest("The 'variables' parameter must be a JSON object.");
        }

        if (!TryReadMap(extensionsJson, out var extensions))
        {
            return RequestError.BadRequest("The 'extensions' parameter must be a JSON object.");
        }

        return new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions };
    }

    /// <summary>An absent parameter and an empty one are the same (GraphQL over HTTP, GET).</summary>
    private static bool TryGetSingle(IQueryCollection queryString, string name, out string? value)
    {
        value = null;
        if (!queryString.TryGetValue(name, out var values))
        {
            return true;
        }

        if (values.Count > 1)
        {
            return false;
        }

        value = string.IsNullOrEmpty(values[0]) ? null : values[0];
        return true;
    }

    private bool TryReadMap(string? json, out Inputs? map)
    {
        map = null;
        if (json is null)
        {
            return true;
        }

        try
        {
            map = textSerializer.Deserialize<Inputs>(json);
            return true;
        }
        catch (Exception e) when (IsMalformedJson(e))
        {
            return false;
        }
    }

    private static bool IsMalformedJson(Exception e) => e is JsonException or InvalidOperationException or NotSupportedException or FormatException;
}
