using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string ConstraintFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";

    /// <summary>
    /// One explicit transaction: read the stored facts the batch depends on, resolve the batch in
    /// order, then write its net effect and the new store version at commit; any error rolls back.
    /// </summary>
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        var (operations, errors) = ModelWriteValidator.Validate(Model, batch);
        if (errors.Count > 0)
        {
            throw new GraphWriteException(errors);
        }

        var facts = FactsQuery.For(Model, operations);
        try
        {
            return await Client.ExecuteInTransactionAsync(
                async (transaction, token) =>
                {
                    var stored = facts.Statement is { } statement
                        ? facts.Read(await transaction.RunAsync(statement, token).ConfigureAwait(false))
                        : StoredFacts.None;
                    var resolved = BatchResolver.Resolve(Model, operations, stored, facts.Encoded);
                    if (resolved.Errors.Count > 0)
                    {
                        await transaction.RollbackAsync(token).ConfigureAwait(false);
                        throw new GraphWriteException(resolved.Errors);
                    }

                    foreach (var (write, expected) in WriteStatements.Build(resolved, Client.Options.BatchSize))
                    {
                        var result = await transaction.RunAsync(write, token).ConfigureAwait(false);
                        if (Convert.ToInt64(result.Value(0, "rows"), System.Globalization.CultureInfo.InvariantCulture) != expected)
                        {
                            throw new GraphWriteException([new WriteError(-1, "CONFLICT",
                                "A concurrent write changed the nodes or relationships this batch depends on; nothing was stored. Try again.")]);
                        }
                    }

                    var committed = await transaction.CommitAsync(WriteStatements.Version(resolved.Changes), token).ConfigureAwait(false);
                    return resolved.Counts.ToResult((long)committed.Value(0, "version")!);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.Code == ConstraintFailed)
        {
            throw new GraphWriteException([new WriteError(-1, "DUPLICATE_UNIQUE",
                $"A concurrent write took a unique value this batch writes; nothing was stored ({e.Neo4jMessage}).")]);
        }
    }
}
