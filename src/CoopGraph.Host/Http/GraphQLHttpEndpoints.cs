using CoopGraph.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Http;

internal static class GraphQLHttpEndpoints
{
    public const string AllowedMethods = "GET, POST";

    /// <summary>The transport's services; the schema, executer and serializer come from the GraphQL layer's <c>AddGraphQL</c>.</summary>
    public static IHostApplicationBuilder AddGraphQLOverHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLResponseWriter>();
        builder.Services.AddSingleton<SchemaSdl>();
        builder.Services.AddSingleton<GraphQLHttpHandler>();
        builder.Services.AddSingleton<IdempotencyGate>();
        return builder;
    }

    /// <summary>
    /// GET and POST at the configured path (default <c>/graphql</c>), with or without a trailing slash (the IDE posts to
    /// its own page address, <c>/graphql/</c>); any other method is 405 with <c>Allow: GET, POST</c>.
    /// A WebSocket upgrade on the same path is left to a middleware that runs before this endpoint.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLOverHttp(this IEndpointRouteBuilder endpoints)
    {
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<CoopGraphOptions>>().Value.Http.Path;
        return endpoints.Map(path, context =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
            {
                return GraphQLResponseWriter.WriteErrorAsync(context, RequestError.MethodNotAllowed(context.Request.Method), ResponseMediaType.Json);
            }

            var handler = context.RequestServices.GetRequiredService<GraphQLHttpHandler>();
            return context.RequestServices.GetRequiredService<IdempotencyGate>().HandleAsync(context, handler.HandleAsync);
        });
    }
}
