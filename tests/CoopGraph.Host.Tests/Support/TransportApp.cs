using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.GraphQL.Errors;
using CoopGraph.GraphQL.Schema;
using CoopGraph.GraphQL.Validation;
using CoopGraph.Host.Health;
using CoopGraph.Host.Hosting;
using CoopGraph.Host.Http;
using CoopGraph.Host.Ide;
using CoopGraph.Host.Security;
using GraphQL;
using Microsoft.AspNetCore.TestHost;

namespace CoopGraph.Host.Tests.Support;

/// <summary>The server's HTTP layers (auth, transport, IDE, CORS, health) over <see cref="TestSchema"/>, in memory.</summary>
internal sealed class TransportApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TransportApp(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TransportApp> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, Action<IApplicationBuilder>? afterAuth = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddCoopGraphOptions();
        builder.AddCoopGraphAuth();
        // The test schema, with what the GraphQL layer adds that the transport relies on: the GET rule and contract error codes.
        builder.Services.AddOptions<ApiLimits>().Bind(builder.Configuration.GetSection(GraphQLServiceCollectionExtensions.LimitsSection));
        builder.Services.AddGraphQL(b => b
            .AddSchema(_ => TestSchema.Create())
            .AddSystemTextJson()
            .AddValidationRule<QueryOnlyOverGetRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider<ContractErrorInfoProvider>());
        services?.Invoke(builder.Services);
        builder.AddGraphQLOverHttp();
        builder.AddBananaCakePop();
        builder.AddCoopGraphCors();
        builder.AddHealthEndpoints();

        var app = builder.Build();
        app.UseCoopGraphCors();
        app.UseCoopGraphAuth();
        afterAuth?.Invoke(app);
        app.MapHealthEndpoints();
        app.MapBananaCakePop();
        app.MapGraphQLOverHttp();
        await app.StartAsync();
        return new TransportApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
