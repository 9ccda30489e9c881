using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// A batch checked against the facts read in its transaction, in the embedded store's order, every refusal reported
/// at once: <see cref="WriteResolver"/> (patches, create-only writes, versions, quotes), the model on what it resolved
/// to, then the stored graph's rules (<see cref="BatchResolver"/>) on the operations neither refused.
/// </summary>
internal static class WritePlan
{
    public static (ResolvedBatch Resolved, IReadOnlyList<WriteError> Errors) Resolve(
        GraphModel model, GraphBatch batch, FactsQuery facts, StoredFacts stored, DateTimeOffset now)
    {
        var errors = new List<WriteError>();
        var plain = WriteResolver.Resolve(batch.Operations, new ResolverFacts(model, stored), errors);
        var (canonical, modelErrors) = ModelWriteValidator.Validate(model, plain);
        errors.AddRange(modelErrors);
        var refused = errors.Select(e => e.OperationIndex).ToHashSet();
        var resolved = BatchResolver.Resolve(model, canonical, stored, now, batch.Actor, facts.Encoded, refused);
        errors.AddRange(resolved.Errors);
        return (resolved, errors.OrderBy(e => e.OperationIndex).ToArray());
    }
}
