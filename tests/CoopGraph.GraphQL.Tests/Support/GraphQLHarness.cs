using System.Text.Json;
using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.Planning;
using CoopGraph.Seed;
using CoopGraph.Storage;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Execution;
using CoopGraph.Storage.Writes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopGraph.GraphQL.Tests.Support;

/// <summary>An in-process GraphQL API over an in-memory embedded store, for tests.</summary>
internal sealed class GraphQLHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private GraphQLHarness(ServiceProvider services, EmbeddedGraphStore store)
    {
        _services = services;
        Store = store;
    }

    public EmbeddedGraphStore Store { get; }

    public IServiceProvider Services => _services;

    public GraphModel Model => Store.Model;

    /// <param name="wrap">Wraps the store's executor, for tests that need to hold or watch plan runs.</param>
    public static async Task<GraphQLHarness> CreateAsync(string? typeDefinitions = null, IDictionary<string, string?>? settings = null, Func<IPlanExecutor, IPlanExecutor>? wrap = null)
    {
        var model = typeDefinitions is null
            ? DomainModel.Model
            : ModelCompiler.CompileOrThrow(typeDefinitions);
        var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = ":memory:" });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(model)
            .AddSingleton<IGraphStore>(store)
            .AddSingleton(wrap is null ? new EmbeddedPlanExecutor(store) : wrap(new EmbeddedPlanExecutor(store)))
            .AddCoopGraphGraphQL(configuration)
            .BuildServiceProvider();
        return new GraphQLHarness(services, store);
    }

    public Task<WriteResult> WriteAsync(params GraphWrite[] writes) => Store.WriteAsync(new GraphBatch(writes));

    /// <summary>An API over the seeded knowledge graph of the repository's <c>seed/</c>.</summary>
    public static async Task<GraphQLHarness> CreateSeededAsync()
    {
        var api = await CreateAsync();
        var result = await new SeedImporter(api.Store, NullLogger<SeedImporter>.Instance).ImportFolderAsync(Path.Combine(RepositoryPaths.Root, SeedFolder.Name));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return api;
    }

    /// <summary>Runs an operation and returns the serialized response as parsed JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null, Dictionary<string, object?>? extensions = null, string? operationName = null)
    {
        var executer = _services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            OperationName = operationName,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            Extensions = extensions is null ? null : new Inputs(extensions),
            RequestServices = _services,
        });
        var json = serializer.Serialize(result);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await ExecuteAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return response.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Store.DisposeAsync();
    }
}
