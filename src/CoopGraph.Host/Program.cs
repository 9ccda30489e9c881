using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.Host.Cli;
using CoopGraph.Host.Health;
using CoopGraph.Host.Hosting;
using CoopGraph.Host.Http;
using CoopGraph.Host.Ide;

// `coopgraph` with no command serves the API; the other commands are tools over the same configuration.
return await CoopGraphCommandLine.InvokeAsync(args);

/// <summary>The server's table of contents.</summary>
public partial class Program
{
    internal static WebApplication BuildServer(WebApplicationBuilder builder)
    {
        builder.AddCoopGraphOptions();
        builder.AddGraphStore();
        builder.Services.AddCoopGraphGraphQL(builder.Configuration);
        builder.AddGraphQLOverHttp();
        builder.AddBananaCakePop();
        builder.AddCoopGraphCors();
        builder.AddHealthEndpoints();

        var app = builder.Build();
        app.UseCoopGraphCors();
        app.MapHealthEndpoints();
        app.MapBananaCakePop();
        app.MapGraphQLOverHttp();
        return app;
    }
}
