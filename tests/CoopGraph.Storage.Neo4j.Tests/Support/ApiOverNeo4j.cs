using System.Net;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.Planning;
using CoopGraph.Storage.Neo4j.Reading;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// The real GraphQL API over the Neo4j plan executor, whose HTTP goes to a fake handler: operations
/// in, the Query API requests they cause (statement and parameters) out.
/// </summary>
internal sealed class ApiOverNeo4j : IAsyncDisposable
{
    /// <summary>A typed-JSON answer whose single value is null: the API then writes empty results.</summary>
    public const string NullAnswer = """{"data":{"fields":["data"],"values":[[{"$type":"Null","_value":null}]]},"bookmarks":[]}""";

    private readonly ServiceProvider _services;

    public ApiOverNeo4j(Func<RecordedRequest, string>? answer = null, GraphModel? model = null, IDictionary<string, string?>? settings = null, HttpStatusCode status = HttpStatusCode.Accepted, Neo4jTraversalLimits? limits = null)
    {
        Model = model ?? TestModels.Domain;
        answer ??= _ => NullAnswer;
        Handler = new FakeNeo4jHandler((request, _) => Task.FromResult(FakeNeo4jHandler.Json(status, answer(request), status == HttpStatusCode.Accepted ? "application/vnd.neo4j.query" : "application/json")));
        Client = Clients.Over(Handler);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Model)
            .AddSingleton<IPlanExecutor>(new Neo4jPlanExecutor(Client, Model, limits))
            .AddCoopGraphGraphQL(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .BuildServiceProvider();
    }

    public GraphModel Model { get; }

    public FakeNeo4jHandler Handler { get; }

    public CoopGraph.Storage.Neo4j.Client.Neo4jQueryClient Client { get; }

    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null)
    {
        var executer = _services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = _services,
        });
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();
    }

    /// <summary>Runs the operation and returns the one request it sent.</summary>
    public async Task<RecordedRequest> RequestOfAsync(string query)
    {
        var response = await ExecuteAsync(query);
        Assert.False(response.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return Assert.Single(Handler.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Client.Dispose();
    }
}
