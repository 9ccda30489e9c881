using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Output;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Responses;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Runs plans on Neo4j: one Cypher statement per operation (<see cref="Neo4jPlanTranslator"/>), sent
/// once with READ access mode, its single value written as the response's <c>data</c>. Integers stay
/// exact (the client reads typed JSON). Thread-safe; the server keeps no graph state.
/// </summary>
public sealed class Neo4jPlanExecutor(Neo4jQueryClient client, GraphModel model, Neo4jTraversalLimits? limits = null) : IPlanExecutor
{
    /// <summary>The language of the <see cref="StoreQueryField"/>s this store runs.</summary>
    public const string QueryLanguage = "Cypher";

    public Neo4jPlanExecutor(Neo4jGraphStore store, Neo4jTraversalLimits? limits = null)
        : this(store.Client, store.Model, limits)
    {
    }

    public async ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
    {
        // A root field that cannot run fails alone: it stands in the plan as a FailedField, and the rest is answered.
        Dictionary<OutputField, PlanExecutionException>? failures = null;
        void Fail(OutputField field, PlanExecutionException error) => (failures ??= new(ReferenceEqualityComparer.Instance))[field] = error;
        var statement = Neo4jPlanTranslator.Translate(model, plan, limits, Fail);
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

        var rawCypher = new Dictionary<string, Neo4jResult>(StringComparer.Ordinal);
        foreach (var field in plan.Fields)
        {
            if (field is StoreQueryField query)
            {
                try
                {
                    rawCypher[query.ResponseName] = await RunRawCypherAsync(query, cancellationToken).ConfigureAwait(false);
                }
                catch (PlanExecutionException e)
                {
                    Fail(field, e);
                }
            }
        }

        new ResponseWriter<Neo4jRows, object?, object?, Neo4jPage, Neo4jSources, IReadOnlyDictionary<string, object?>?>(new Neo4jRows(model, data, rawCypher), output)
            .WriteOperation(failures is null ? plan : WithFailedFields(plan, failures));
    }

    private static OperationPlan WithFailedFields(OperationPlan plan, Dictionary<OutputField, PlanExecutionException> failures) =>
        new(plan.Fields.Select(f => failures.TryGetValue(f, out var error) ? new FailedField(f.ResponseName, [error]) { Site = f.Site } : f).ToList());

    /// <summary>
    /// A researcher's statement runs as given, with its parameters, in READ access mode: Neo4j itself refuses
    /// any write. More rows than the field allows is an error, never a silently cut answer.
    /// </summary>
    private async Task<Neo4jResult> RunRawCypherAsync(StoreQueryField cypher, CancellationToken cancellationToken)
    {
        if (!string.Equals(cypher.Language, QueryLanguage, StringComparison.OrdinalIgnoreCase))
        {
            throw new PlanExecutionException("BAD_USER_INPUT", $"The Neo4j store runs {QueryLanguage} statements, not {cypher.Language}.");
        }

        Neo4jResult result;
        try
        {
            result = await client.RunAsync(new CypherStatement(cypher.Statement, cypher.Parameters), Neo4jAccessMode.Read, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e)
        {
            throw new PlanExecutionException(StoreUnavailableException.Code, e.Message, e);
        }
        catch (Neo4jRowLimitException e)
        {
            throw new PlanExecutionException("LIMIT_EXCEEDED", e.Message, e);
        }
        catch (Neo4jException e) when (e.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            var message = e.Code.Contains("AccessMode", StringComparison.Ordinal) || e.Code.Contains("Forbidden", StringComparison.Ordinal)
                ? "cypher runs read-only statements; this one writes."
                : $"Neo4j refused the statement ({e.Code}): {e.Neo4jMessage}";
            throw new PlanExecutionException("BAD_USER_INPUT", message, e);
        }
        catch (Exception e) when (e is Neo4jException or Neo4jProtocolException)
        {
            throw new PlanExecutionException("INTERNAL", $"Neo4j could not run the statement: {e.Message}", e);
        }

        if (result.Rows.Count > cypher.MaxRows)
        {
            throw new PlanExecutionException("LIMIT_EXCEEDED", $"The statement returned {result.Rows.Count} rows, more than {cypher.MaxRows} (limit RawCypherMaxRows).");
        }

        return result;
    }
}
