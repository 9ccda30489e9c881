using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.Planning;
using CoopGraph.Seed;
using CoopGraph.Storage;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Execution;
using CoopGraph.Storage.Neo4j;
using CoopGraph.Storage.Neo4j.Bootstrap;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Neo4j.Reading;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopGraph.Conformance.Tests.Support;

/// <summary>The GraphQL API over one store holding the repository's seed, built once per backend for the whole suite.</summary>
public sealed class SeededApi : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IAsyncDisposable _store;

    private SeededApi(ServiceProvider services, IAsyncDisposable store)
    {
        _services = services;
        _store = store;
    }

    public static GraphModel Model => DomainModel.Model;

    public static async Task<SeededApi> EmbeddedAsync()
    {
        var store = await EmbeddedGraphStore.OpenAsync(Model, new EmbeddedStoreOptions { DataPath = ":memory:" });
        await SeedAsync(store);
        return new SeededApi(Build(store, new EmbeddedPlanExecutor(store)), store);
    }

    /// <summary>Bootstraps the schema, clears the database named by the environment and imports the seed into it.</summary>
    public static async Task<SeededApi> Neo4jAsync()
    {
        var store = Neo4jGraphStore.Create(Model, Neo4jStoreOptions.FromEnvironment()!);
        await Neo4jSchemaBootstrap.ApplyAsync(store.Client, Model);
        await store.Client.RunAsync(new CypherStatement("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS"));
        await SeedAsync(store);
        return new SeededApi(Build(store, new Neo4jPlanExecutor(store)), store);
    }

    private static async Task SeedAsync(IGraphStore store)
    {
        var result = await new SeedImporter(store, NullLogger<SeedImporter>.Instance).ImportFolderAsync(RepositoryPaths.SeedDirectory);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The seed did not import: " + string.Join("; ", result.Errors));
        }
    }

    private static ServiceProvider Build(IGraphStore store, IPlanExecutor executor) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(Model)
        .AddSingleton(store)
        .AddSingleton(executor)
        .AddCoopGraphGraphQL(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    /// <summary>The serialized response of an operation, indented so that a difference reads line by line.</summary>
    public async Task<string> ExecuteAsync(string query)
    {
        var executer = _services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = _services });
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _store.DisposeAsync();
    }
}
