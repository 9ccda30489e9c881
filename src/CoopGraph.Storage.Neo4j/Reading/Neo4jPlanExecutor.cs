using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Storage.Neo4j.Client;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Runs plans on Neo4j: one Cypher statement per operation (<see cref="Neo4jPlanTranslator"/>), sent
/// once with READ access mode, its single value written as the response's <c>data</c>. Integers stay
/// exact (the client reads typed JSON). Thread-safe; the server keeps no graph state.
/// </summary>
public sealed class Neo4jPlanExecutor(Neo4jQueryClient client, GraphModel model) : IPlanExecutor
{
    public Neo4jPlanExecutor(Neo4jGraphStore store)
        : this(store.Client, store.Model)
    {
    }

    public async ValueTask ExecuteAsync(OperationPlan plan, Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        var statement = Neo4jPlanTranslator.Translate(model, plan);
        IReadOnlyDictionary<string, object?>? data = null;
        if (statement is not null)
        {
            try
            {
                var result = await client.RunAsync(statement, Neo4jAccessMode.Read, cancellationToken).ConfigureAwait(false);
                data = result.Rows.Count > 0 && result.Rows[0].Count > 0 ? result.Rows[0][0] as IReadOnlyDictionary<string, object?> : null;
            }
            catch (StoreUnavailableException e)
            {
                throw new PlanExecutionException(StoreUnavailableException.Code, e.Message, e);
            }
            catch (Exception e) when (e is Neo4jException or Neo4jProtocolException)
            {
                throw new PlanExecutionException("INTERNAL", $"Neo4j could not run the operation: {e.Message}", e);
            }
        }

        new Neo4jResponseWriter(model, writer).WriteOperation(plan, data);
    }
}
