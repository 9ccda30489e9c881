using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Reading;

namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, over the HTTP Query API. The server keeps no graph state, so any number of
/// replicas can share one Neo4j. Writes check the same model rules as the embedded store and give the
/// same error codes and counts; reads for export give back the same canonical values.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphBackend
{
    private readonly bool _ownsClient;

    public Neo4jGraphStore(GraphModel model, Neo4jQueryClient client, Neo4jTraversalLimits? limits = null)
        : this(model, client, limits, ownsClient: false)
    {
    }

    private Neo4jGraphStore(GraphModel model, Neo4jQueryClient client, Neo4jTraversalLimits? limits, bool ownsClient)
    {
        Model = model;
        Client = client;
        _ownsClient = ownsClient;
        _executor = new Neo4jPlanExecutor(client, model, limits);
    }

    public GraphModel Model { get; }

    /// <summary>The client the plan translator runs its statements through.</summary>
    public Neo4jQueryClient Client { get; }

    /// <summary>A store with its own client (and connections), disposed with the store.</summary>
    public static Neo4jGraphStore Create(GraphModel model, Neo4jStoreOptions options, Neo4jTraversalLimits? limits = null) =>
        new(model, new Neo4jQueryClient(options), limits, ownsClient: true);

    public ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            Client.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
