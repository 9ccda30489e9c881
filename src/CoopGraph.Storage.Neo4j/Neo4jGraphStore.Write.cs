using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Idempotency;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string ConstraintFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";

    /// <summary>The clock that stamps writes; tests set it.</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// One explicit transaction: read the stored facts the batch depends on, resolve the batch against them in order
    /// (patches, create-only writes and versions, then the model, then the stored graph's own rules), write its net
    /// effect with the new stamps, each statement checking that what it writes is still as read, and raise the store
    /// version at commit; any error rolls back. A batch with an <see cref="GraphBatch.Idempotency"/> mark is refused
    /// first when the mark is stored (ALREADY_APPLIED, or IDEMPOTENCY_KEY_REUSED under another request), and keeps the
    /// mark with what it changes.
    /// </summary>
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        var facts = FactsQuery.For(Model, batch.Operations);
        try
        {
            return await Client.ExecuteInTransactionAsync(
                async (transaction, token) =>
                {
                    var now = Now();
                    if (batch.Idempotency is { } mark
                        && (await transaction.RunAsync(MarkStatements.Check(mark), token).ConfigureAwait(false)).Value(0, "hash") is string storedHash)
                    {
                        await transaction.RollbackAsync(token).ConfigureAwait(false);
                        throw MarkStatements.Refusal(mark, storedHash);
                    }

                    var stored = facts.Statement is { } statement
                        ? facts.Read(await transaction.RunAsync(statement, token).ConfigureAwait(false))
                        : StoredFacts.None;
                    var (resolved, errors) = WritePlan.Resolve(Model, batch, facts, stored, now);
                    if (errors.Count > 0)
                    {
                        await transaction.RollbackAsync(token).ConfigureAwait(false);
                        throw new GraphWriteException(errors);
                    }

                    // Like the embedded store, only a batch that changes something is marked: a retry of one that did not is as harmless.
                    if (batch.Idempotency is { } written && resolved.Changes)
                    {
                        await WriteMarkAsync(transaction, written, now, token).ConfigureAwait(false);
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

    /// <summary>Written before the batch's own statements, so that a write that lost the race to its twin stops before writing anything.</summary>
    private async Task WriteMarkAsync(Neo4jTransaction transaction, IdempotencyMark mark, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.RunAsync(MarkStatements.Write(mark, now), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.Code == ConstraintFailed)
        {
            throw await MarkTakenAsync(mark, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whole milliseconds: what the store keeps, so a stamp reads back as it was written.</summary>
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(Clock.GetUtcNow().ToUnixTimeMilliseconds());
}
