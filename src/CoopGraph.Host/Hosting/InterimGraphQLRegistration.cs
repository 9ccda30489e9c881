using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Host.Hosting;

/// <summary>
/// Registers a minimal GraphQL schema (one <c>status</c> field) so the server runs end to end until the
/// generated schema of CoopGraph.GraphQL is wired in; this file goes away then.
/// </summary>
internal static class InterimGraphQLRegistration
{
    public static IServiceCollection AddCoopGraphGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddGraphQL(b => b
            .AddSchema(_ => Schema.For("type Query { status: String! }", s => s.Types.For("Query").FieldFor("status").Resolver =
                new GraphQL.Resolvers.FuncFieldResolver<object?>(_ => "ok")))
            .AddSystemTextJson());
        return services;
    }
}
