using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// Applies a batch, operation by operation, to an overlay of the stored facts: the same checks and
/// counts as the embedded store (a later operation sees the earlier ones), then the net effect.
/// The facts come from Cypher in the same transaction; the overlay only adds what the batch did.
/// </summary>
internal sealed partial class BatchResolver
{
    private readonly GraphModel _model;
    private readonly StoredFacts _facts;
    private readonly ResolvedBatch _resolved = new();

    /// <summary>Node id → state after the operations so far; null = deleted in the batch; absent = as stored.</summary>
    private readonly Dictionary<string, NodeState?> _nodes = new(StringComparer.Ordinal);

    private readonly Dictionary<string, RelationshipState?> _relationships = new(StringComparer.Ordinal);

    /// <summary>Relationships the batch wrote, by end node id, for degrees and detach.</summary>
    private readonly Dictionary<string, List<string>> _writtenRelationshipsOf = new(StringComparer.Ordinal);

    /// <summary>Unique values held after the operations so far; a null holder means released.</summary>
    private readonly Dictionary<(string Label, string Property, object Value), string?> _uniqueHolders = [];

    /// <summary>The unique values each node written in the batch holds, to release them when it is rewritten or deleted.</summary>
    private readonly Dictionary<string, (string Label, string Property, object Value)[]> _uniqueValuesOf = new(StringComparer.Ordinal);

    private readonly HashSet<string> _changedNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedRelationships = new(StringComparer.Ordinal);
    private readonly HashSet<string> _detached = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<GraphWrite, IReadOnlyDictionary<string, object?>> _encoded;

    private BatchResolver(GraphModel model, StoredFacts facts, IReadOnlyDictionary<GraphWrite, IReadOnlyDictionary<string, object?>>? encoded)
    {
        _model = model;
        _facts = facts;
        _encoded = encoded ?? new Dictionary<GraphWrite, IReadOnlyDictionary<string, object?>>();
    }

    private WriteCounts Counts => _resolved.Counts;

    public static ResolvedBatch Resolve(
        GraphModel model,
        IReadOnlyList<GraphWrite> operations,
        StoredFacts facts,
        IReadOnlyDictionary<GraphWrite, IReadOnlyDictionary<string, object?>>? encoded = null)
    {
        var resolver = new BatchResolver(model, facts, encoded);
        for (var i = 0; i < operations.Count; i++)
        {
            switch (operations[i])
            {
                case NodeWrite write:
                    resolver.Apply(i, write);
                    break;
                case RelationshipWrite write:
                    resolver.Apply(i, write);
                    break;
                case DeleteNode delete:
                    resolver.Apply(i, delete);
                    break;
                case DeleteRelationship delete:
                    resolver.Apply(i, delete);
                    break;
            }
        }

        resolver.CollectNetEffect();
        return resolver._resolved;
    }

    private bool NodeExists(string id) => _nodes.TryGetValue(id, out var state) ? state is not null : _facts.Nodes.ContainsKey(id);

    private bool RelationshipExists(string id) =>
        _relationships.TryGetValue(id, out var state) ? state is not null : _facts.RelationshipExists(id);

    private void Error(int index, string code, string message) => _resolved.Errors.Add(new WriteError(index, code, message));

    private bool CheckSources(int index, IReadOnlyList<SourceRef> sources, string what, string selfId)
    {
        var ok = true;
        foreach (var source in sources.Where(s => s.Source != selfId && !NodeExists(s.Source)))
        {
            Error(index, "UNKNOWN_SOURCE", $"{what}: source '{source.Source}' does not exist; write the Source node first.");
            ok = false;
        }

        return ok;
    }

    private void CollectNetEffect()
    {
        foreach (var (id, state) in _relationships)
        {
            if (state is null && _facts.RelationshipExists(id) && Identifiers.TryParseRelationshipId(id, out var type, out _, out _))
            {
                _resolved.RelationshipDeletes[id] = type;
            }
            else if (state is not null && _changedRelationships.Contains(id))
            {
                _resolved.RelationshipUpserts[id] = new RelationshipUpsert(
                    state.Type, state.Start, _model.LabelOfId(state.Start)!.Name, state.End, _model.LabelOfId(state.End)!.Name, state.Props);
            }
        }

        foreach (var (id, state) in _nodes)
        {
            if (state is null && _facts.Nodes.ContainsKey(id))
            {
                _resolved.NodeDeletes[id] = (_model.LabelOfId(id)!.Name, _detached.Contains(id));
            }
            else if (state is not null && _changedNodes.Contains(id))
            {
                _resolved.NodeUpserts[id] = (state.Label.Name, state.Props);
            }
        }
    }

    private sealed record NodeState(NodeType Label, IReadOnlyDictionary<string, object?> Props);

    private sealed record RelationshipState(string Type, string Start, string End, IReadOnlyDictionary<string, object?> Props);
}
