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

    private readonly IReadOnlyDictionary<int, EncodedWrite> _encoded;
    private readonly FactStamp _created;
    private readonly DateTimeOffset _now;
    private readonly string _actor;

    private BatchResolver(GraphModel model, StoredFacts facts, DateTimeOffset now, string actor, IReadOnlyDictionary<int, EncodedWrite>? encoded)
    {
        _model = model;
        _facts = facts;
        _now = now;
        _actor = actor;
        _created = FactStamp.Created(now, actor);
        _encoded = encoded ?? new Dictionary<int, EncodedWrite>();
    }

    private WriteCounts Counts => _resolved.Counts;

    /// <param name="operations">Plain writes with canonical values (resolved by <see cref="WriteResolver"/>, checked by the model).</param>
    /// <param name="now">The time stamped on what the batch creates or changes, by <paramref name="actor"/>.</param>
    /// <param name="encoded">Stored forms the facts query computed, by operation index.</param>
    /// <param name="refused">Operations refused already, skipped as the embedded store skips them.</param>
    public static ResolvedBatch Resolve(
        GraphModel model,
        IReadOnlyList<GraphWrite> operations,
        StoredFacts facts,
        DateTimeOffset now,
        string actor,
        IReadOnlyDictionary<int, EncodedWrite>? encoded = null,
        IReadOnlySet<int>? refused = null)
    {
        var resolver = new BatchResolver(model, facts, now, actor, encoded);
        for (var i = 0; i < operations.Count; i++)
        {
            if (refused?.Contains(i) == true)
            {
                continue;
            }

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

        resolver.CheckRequiredRelationships();
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

    /// <summary>
    /// The stored form of a write: the one the facts query computed when the resolver kept its sources, else encoded
    /// here (the values again only when there is none).
    /// </summary>
    private IReadOnlyDictionary<string, object?> Encode(int index, string id, IReadOnlyDictionary<string, object?> properties, Func<string, PropertyDefinition?> find, IReadOnlyList<SourceRef> sources)
    {
        if (_encoded.GetValueOrDefault(index) is not { } encoded)
        {
            return StoredValues.Encode(id, properties, find, sources);
        }

        return ReferenceEquals(encoded.Sources, sources) ? encoded.Props : StoredValues.WithSources(encoded.Props, sources);
    }

    /// <summary>
    /// The net effect with the new stamps: created → version 1; changed → the stamp read, one version more. Every write
    /// of a stored fact carries the version read, so that a concurrent change after the read refuses the batch.
    /// </summary>
    private void CollectNetEffect()
    {
        foreach (var (id, state) in _relationships)
        {
            var stored = _facts.Relationships.GetValueOrDefault(id);
            if (state is null && _facts.RelationshipExists(id) && Identifiers.TryParseRelationshipId(id, out var type, out _, out _))
            {
                _resolved.RelationshipDeletes[id] = new RelationshipDelete(type, stored?.Stamp.Version);
            }
            else if (state is not null && _changedRelationships.Contains(id))
            {
                _resolved.RelationshipUpserts[id] = new RelationshipUpsert(
                    state.Type, state.Start, _model.LabelOfId(state.Start)!.Name, state.End, _model.LabelOfId(state.End)!.Name,
                    StoredValues.WithStamp(state.Props, stored is null ? _created : stored.Stamp.Changed(_now, _actor)),
                    stored?.Stamp.Version);
            }
        }

        foreach (var (id, state) in _nodes)
        {
            var stored = _facts.Nodes.GetValueOrDefault(id);
            if (state is null && stored is not null)
            {
                _resolved.NodeDeletes[id] = new NodeDelete(_model.LabelOfId(id)!.Name, _detached.Contains(id), stored.Stamp.Version);
            }
            else if (state is not null && _changedNodes.Contains(id))
            {
                _resolved.NodeUpserts[id] = new NodeUpsert(
                    state.Label.Name,
                    StoredValues.WithStamp(state.Props, stored is null ? _created : stored.Stamp.Changed(_now, _actor)),
                    stored?.Stamp.Version);
            }
        }
    }

    private sealed record NodeState(NodeType Label, IReadOnlyDictionary<string, object?> Props);

    private sealed record RelationshipState(string Type, string Start, string End, IReadOnlyDictionary<string, object?> Props);
}
