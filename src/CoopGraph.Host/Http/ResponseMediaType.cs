namespace CoopGraph.Host.Http;

/// <summary>The two media types a GraphQL response can be sent as; they differ in the status codes of request errors.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/json</c>: legacy clients; request errors after parsing the body still answer 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors answer 4xx.</summary>
    GraphQLResponseJson,
}
