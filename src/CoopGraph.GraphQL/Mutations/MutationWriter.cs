using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.GraphQL.Mutations;

/// <summary>
/// Sends one mutation field's operations to the store as one batch, all or nothing, and turns every refusal into a
/// payload error that points at the input. Nothing reaches the store when the input itself was already refused.
/// </summary>
internal static class MutationWriter
{
    /// <returns>The refusals; empty when the batch was stored.</returns>
    /// <param name="mark">Set for a request with an Idempotency-Key: a batch already stored under it counts as written now.</param>
    public static async Task<IReadOnlyList<UserErrorInfo>> WriteAsync(IGraphStore store, ChangeSetReader read, string actor, IdempotencyMark? mark, CancellationToken cancellationToken)
    {
        if (read.Errors.Count > 0)
        {
            return read.Errors;
        }

        if (read.Operations.Count == 0)
        {
            return [];
        }

        try
        {
            await store.WriteAsync(new GraphBatch(read.Operations) { Actor = actor, Idempotency = mark }, cancellationToken);
            return [];
        }
        catch (GraphWriteException refused) when (refused.Errors is [{ Code: IdempotencyCodes.AlreadyApplied }])
        {
            return [];
        }
        catch (GraphWriteException refused) when (refused.Errors is [{ Code: IdempotencyCodes.KeyReused } reused])
        {
            throw new CoopGraph.Planning.PlanExecutionException(IdempotencyCodes.KeyReused, reused.Message);
        }
        catch (GraphWriteException refused)
        {
            // A create's relationships cite the entity's own sources: a refusal of those sources is reported once.
            return refused.Errors.Select(e => ToUserError(e, read))
                .DistinctBy(e => (e.Code, e.Message, string.Join('\u0001', e.Path)))
                .ToArray();
        }
    }

    private static UserErrorInfo ToUserError(WriteError error, ChangeSetReader read)
    {
        var path = error.OperationIndex >= 0 && error.OperationIndex < read.Origins.Count
            ? read.Origins[error.OperationIndex].PathOf(error.Field)
            : ["input"];
        var message = error.CurrentVersion is { } current && !error.Message.Contains(current.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? $"{error.Message} (current version {current})"
            : error.Message;
        return new UserErrorInfo(ContractCodes.FromStore(error.Code), message, path);
    }
}
