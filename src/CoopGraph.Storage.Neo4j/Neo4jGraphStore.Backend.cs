using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Neo4j.Bootstrap;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Neo4j.Reading;

namespace CoopGraph.Storage.Neo4j;

/// <summary>The rest of the store contract: plans become one Cypher statement, the model's constraints and indexes, a round trip as the probe.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>The name <c>CoopGraph:Store</c> gives this store by.</summary>
    public const string StoreKind = "Neo4j";

    private static readonly CypherStatement Probe = new("RETURN 1 AS ok");

    private readonly Neo4jPlanExecutor _executor;

    /// <summary>The server and database, never the credentials.</summary>
    public string Location => $"{Client.Options.Uri}, database {Client.Options.Database}";

    public ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken) =>
        _executor.ExecuteAsync(plan, output, cancellationToken);

    /// <exception cref="StoreUnavailableException">Neo4j does not answer or refuses the credentials.</exception>
    public async Task<string> InitializeAsync(CancellationToken cancellationToken = default)
    {
        var applied = await Neo4jSchemaBootstrap.ApplyAsync(Client, Model, cancellationToken).ConfigureAwait(false);
        return $"{applied} constraint and index statements applied to {Client.Options.Uri} (database {Client.Options.Database}).";
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await Client.RunAsync(Probe, Neo4jAccessMode.Read, cancellationToken).ConfigureAwait(false);
            return StoreHealth.Healthy($"Neo4j answers at {Location}.");
        }
        catch (Exception e) when (e is StoreUnavailableException or Neo4jException or Neo4jProtocolException)
        {
            return StoreHealth.Unhealthy(e.Message);
        }
    }
}
