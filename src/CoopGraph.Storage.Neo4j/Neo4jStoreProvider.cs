using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Neo4j.Reading;
using Microsoft.Extensions.Configuration;

namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// Neo4j as a store kind: its connection under <c>CoopGraph:Neo4j</c> (the <c>COOPGRAPH_NEO4J_*</c> environment
/// variables win), and the traversal bound only Cypher needs beside the shared ones under <c>CoopGraph:Traversal</c>.
/// </summary>
internal sealed class Neo4jStoreProvider : IStoreProvider
{
    public string Kind => Neo4jGraphStore.StoreKind;

    public IReadOnlyList<StoreSettings> Settings { get; } =
    [
        new(Neo4jStoreOptions.SectionName, typeof(Neo4jStoreOptions)),
        new(Neo4jTraversalLimits.Section, typeof(Neo4jTraversalLimits)),
    ];

    /// <exception cref="StoreSettingsException">The connection settings cannot work; each problem says what to set.</exception>
    public Task<IGraphBackend> OpenAsync(StoreOpening opening, CancellationToken cancellationToken)
    {
        var options = opening.Configuration.GetNeo4jStoreOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new StoreSettingsException(Kind, problems);
        }

        var limits = opening.Configuration.GetSection(Neo4jTraversalLimits.Section).Get<Neo4jTraversalLimits>() ?? new Neo4jTraversalLimits();
        return Task.FromResult<IGraphBackend>(Neo4jGraphStore.Create(opening.Model, options, limits));
    }
}
