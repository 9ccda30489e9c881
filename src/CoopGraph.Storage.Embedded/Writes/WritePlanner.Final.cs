using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Memory;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>The checks on the batch's final state, and its reduction to the changes.</summary>
internal sealed partial class WritePlanner
{
    private void CheckUniqueValues()
    {
        var taken = new Dictionary<(int Label, int Property, object Value), PlannedNode>(new UniqueKeyComparer());
        foreach (var node in _nodes.Values)
        {
            if (!node.Live)
            {
                continue;
            }

            var label = Model.Labels[node.Label];
            foreach (var property in label.Properties)
            {
                if (!property.IsUnique || node.Values![property.Ordinal] is not { } value)
                {
                    continue;
                }

                var holder = taken.TryGetValue((node.Label, property.Ordinal, value), out var other)
                    ? other.Id
                    : StoredHolder(node, property.Ordinal, value);
                if (holder is not null)
                {
                    _errors.Add(new WriteError(node.LastOperation, "DUPLICATE_UNIQUE",
                        $"{label.Name} '{node.Id}': {property.Name} '{value}' is already held by '{holder}'; it must be unique.") { Field = property.Name });
                }
                else
                {
                    taken[(node.Label, property.Ordinal, value)] = node;
                }
            }
        }
    }

    /// <summary>A stored node, untouched by the batch, that holds the value; batch nodes are compared through their final state instead.</summary>
    private string? StoredHolder(PlannedNode node, int property, object value)
    {
        var candidates = _memory.PropertyIndexes[node.Label][property]!.Find(CanonicalValues.Hash(value));
        while (candidates.MoveNext())
        {
            var slot = candidates.Current;
            if (slot != node.Slot && !_nodes.ContainsKey(slot)
                && _memory.LiveHead(slot) is { } head && CanonicalValues.AreEqual(head.Values[property], value))
            {
                return _memory.NodeIds[slot];
            }
        }

        return null;
    }

    private void CheckSources()
    {
        var verdicts = new Dictionary<SourceList, string?>(ReferenceEqualityComparer.Instance);
        foreach (var node in _nodes.Values)
        {
            if (node.Live && Unresolved(node.Sources!, verdicts) is { } missing)
            {
                _errors.Add(new WriteError(node.LastOperation, "UNKNOWN_SOURCE", $"Node '{node.Id}' cites {missing}.") { Field = "sources" });
            }
        }

        foreach (var relationship in _relationships.Values)
        {
            if (relationship.Live && relationship.Sources is { } sources && Unresolved(sources, verdicts) is { } missing)
            {
                _errors.Add(new WriteError(relationship.LastOperation, "UNKNOWN_SOURCE", $"Relationship {Describe(relationship.Key)} cites {missing}.") { Field = "sources" });
            }
        }
    }

    private string? Unresolved(SourceList sources, Dictionary<SourceList, string?> verdicts)
    {
        if (verdicts.TryGetValue(sources, out var known))
        {
            return known;
        }

        var missing = sources.References
            .Select(r => r.Source)
            .Where(id => !IsLiveSourceAtEnd(id))
            .Select(id => $"'{id}'")
            .ToArray();
        var verdict = missing.Length == 0 ? null : $"{string.Join(", ", missing)}, which is not a Source node in the store or in the batch";
        verdicts[sources] = verdict;
        return verdict;
    }

    private bool IsLiveSourceAtEnd(string id)
    {
        if (!TryResolve(id, out var slot))
        {
            return false;
        }

        var live = _nodes.TryGetValue(slot, out var planned) ? planned.Live : _memory.LiveHead(slot) is not null;
        return live && _memory.Model.Labels[planned?.Label ?? _memory.Nodes[slot]!.Label].Name == GraphModel.SourceLabel;
    }

    private string Describe(RelationshipKey key) =>
        $"'{Model.RelationshipTypes[key.Type].Name}:{IdOf(key.Start)}:{IdOf(key.End)}'";

    private string IdOf(int slot) => _nodes.TryGetValue(slot, out var planned) ? planned.Id : _memory.NodeIds[slot]!;

    /// <summary>Keeps only real changes, gives created relationships their slots, and counts.</summary>
    private void Reduce()
    {
        if (_errors.Count > 0)
        {
            return;
        }

        var nodes = new List<PlannedNode>(_nodes.Values);
        nodes.Sort(static (a, b) => a.Slot.CompareTo(b.Slot));
        _plan.Nodes.EnsureCapacity(nodes.Count);
        _plan.Relationships.EnsureCapacity(_relationships.Count);
        foreach (var node in nodes)
        {
            var existed = node.Original is not null;
            if (!existed && !node.Live)
            {
                continue;
            }

            if (node.IsUnchanged(_memory.Layouts[node.Label]))
            {
                _plan.Counts.Node(Model.Labels[node.Label].Name, WriteOutcome.Unchanged);
                continue;
            }

            if (!existed)
            {
                node.Stamp = _created;
                _plan.Counts.Node(Model.Labels[node.Label].Name, WriteOutcome.Created);
            }
            else if (node.Live)
            {
                node.Stamp = (node.Original!.Stamp ?? FactStamp.Unrecorded).Changed(_now, _actor);
                _plan.Counts.Node(Model.Labels[node.Label].Name, WriteOutcome.Updated);
            }
            else
            {
                _plan.Counts.NodesDeleted++;
            }

            _plan.Nodes.Add(node);
        }

        var nextRelationshipSlot = _state.RelationshipSlotCount;
        foreach (var relationship in _relationships.Values)
        {
            var existed = relationship.Original is not null;
            if (!existed && !relationship.Live)
            {
                continue;
            }

            if (relationship.IsUnchanged)
            {
                _plan.Counts.Relationship(Model.RelationshipTypes[relationship.Key.Type].Name, WriteOutcome.Unchanged);
                continue;
            }

            if (!existed)
            {
                relationship.Slot = nextRelationshipSlot++;
                relationship.Stamp = _created;
                _plan.Counts.Relationship(Model.RelationshipTypes[relationship.Key.Type].Name, WriteOutcome.Created);
            }
            else if (relationship.Live)
            {
                relationship.Stamp = (relationship.Original!.Stamp ?? FactStamp.Unrecorded).Changed(_now, _actor);
                _plan.Counts.Relationship(Model.RelationshipTypes[relationship.Key.Type].Name, WriteOutcome.Updated);
            }
            else
            {
                _plan.Counts.RelationshipsDeleted++;
            }

            _plan.Relationships.Add(relationship);
        }

        _plan.NodeSlotCount = Math.Max(_state.NodeSlotCount, _plan.Nodes.Count == 0 ? 0 : _plan.Nodes[^1].Slot + 1);
        _plan.RelationshipSlotCount = nextRelationshipSlot;
    }

    private sealed class UniqueKeyComparer : IEqualityComparer<(int Label, int Property, object Value)>
    {
        public bool Equals((int Label, int Property, object Value) x, (int Label, int Property, object Value) y) =>
            x.Label == y.Label && x.Property == y.Property && CanonicalValues.AreEqual(x.Value, y.Value);

        public int GetHashCode((int Label, int Property, object Value) obj) =>
            HashCode.Combine(obj.Label, obj.Property, CanonicalValues.Hash(obj.Value));
    }
}
