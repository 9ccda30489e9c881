using GraphQL.Transport;

namespace CoopGraph.Host.Http;

/// <summary>Either a well-formed GraphQL request or the reason it is not one.</summary>
internal readonly record struct ParsedRequest(GraphQLRequest? Request, RequestError? Error)
{
    public static implicit operator ParsedRequest(GraphQLRequest request) => new(request, null);

    public static implicit operator ParsedRequest(RequestError error) => new(null, error);
}
