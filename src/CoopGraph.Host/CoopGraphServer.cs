using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.Host.Health;
using CoopGraph.Host.Hosting;
using CoopGraph.Host.Http;
using CoopGraph.Host.Ide;
using CoopGraph.Host.Security;

namespace CoopGraph.Host;

/// <summary>The server's table of contents: what <c>coopgraph serve</c> runs, and what the tests and benchmarks start.</summary>
internal static class CoopGraphServer
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.AddCoopGraphOptions();
        builder.AddCoopGraphAuth();
        builder.AddGraphStore();
        builder.Services.AddCoopGraphGraphQL(builder.Configuration);
        builder.AddGraphQLOverHttp();
        builder.AddBananaCakePop();
        builder.AddCoopGraphCors();
        builder.AddHealthEndpoints();

        var app = builder.Build();
        app.UseCoopGraphCors();
        app.UseCoopGraphAuth();
        app.MapHealthEndpoints();
        app.MapBananaCakePop();
        app.MapGraphQLOverHttp();
        return app;
    }
}
