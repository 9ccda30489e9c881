using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

internal sealed partial class BatchResolver
{
    private void Apply(int index, NodeWrite write)
    {
        var label = _model.FindLabel(write.Label)!;
        var what = $"node '{write.Id}'";
        var ok = CheckSources(index, write.Sources, what, write.Id);
        var uniqueValues = label.Properties
            .Where(p => p.IsUnique && !p.IsList && write.Properties.GetValueOrDefault(p.Name) is not null)
            .Select(p => (Label: label.Name, Property: p.Name, Value: FactsQuery.StoredKey(write.Properties[p.Name]!)))
            .ToArray();
        foreach (var key in uniqueValues)
        {
            if (UniqueHolder(key) is { } holder && holder != write.Id)
            {
                Error(index, "DUPLICATE_UNIQUE", $"{what}: {key.Label}.{key.Property} '{key.Value}' is already held by '{holder}'.");
                ok = false;
            }
        }

        if (!ok)
        {
            return;
        }

        var props = Encode(index, write.Id, write.Properties, label.FindProperty, write.Sources);
        var previous = _nodes.GetValueOrDefault(write.Id);
        if (!NodeExists(write.Id))
        {
            Counts.Node(label.Name, WriteOutcome.Created);
            _changedNodes.Add(write.Id);
        }
        else if (previous is not null ? StoredValues.Same(previous.Props, props) : _facts.Nodes[write.Id].IsSameAs(props) && !_changedNodes.Contains(write.Id))
        {
            Counts.Node(label.Name, WriteOutcome.Unchanged);
        }
        else
        {
            Counts.Node(label.Name, WriteOutcome.Updated);
            _changedNodes.Add(write.Id);
        }

        ReleaseUniqueValues(write.Id);
        foreach (var key in uniqueValues)
        {
            _uniqueHolders[key] = write.Id;
        }

        _uniqueValuesOf[write.Id] = uniqueValues;

        _nodes[write.Id] = new NodeState(label, props);
    }

    private void Apply(int index, DeleteNode delete)
    {
        if (!NodeExists(delete.Id))
        {
            Error(index, "NOT_FOUND", $"Cannot delete node '{delete.Id}': it does not exist.");
            return;
        }

        var relationships = CurrentRelationshipsOf(delete.Id);
        if (!delete.Detach && relationships.Count > 0)
        {
            Error(index, "HAS_RELATIONSHIPS",
                $"Cannot delete node '{delete.Id}': it has {relationships.Count} relationship(s) (e.g. '{relationships[0]}'); delete them first or detach.");
            return;
        }

        foreach (var id in relationships)
        {
            _relationships[id] = null;
            _deletedBy[id] = index;
            Counts.RelationshipsDeleted++;
        }

        ReleaseUniqueValues(delete.Id);
        _nodes[delete.Id] = null;
        _changedNodes.Remove(delete.Id);
        if (delete.Detach)
        {
            _detached.Add(delete.Id);
        }

        Counts.NodesDeleted++;
    }

    private string? UniqueHolder((string Label, string Property, object Value) key)
    {
        if (_uniqueHolders.TryGetValue(key, out var holder))
        {
            return holder;
        }

        // A stored holder that the batch rewrote or deleted no longer holds the value unless the
        // overlay says so (it would have been found above).
        return _facts.UniqueHolders.TryGetValue(key, out var stored) && !_nodes.ContainsKey(stored) ? stored : null;
    }

    private void ReleaseUniqueValues(string id)
    {
        if (_uniqueValuesOf.Remove(id, out var held))
        {
            foreach (var key in held)
            {
                _uniqueHolders[key] = null;
            }
        }
    }

    private List<string> CurrentRelationshipsOf(string nodeId) =>
        _facts.RelationshipsOf.GetValueOrDefault(nodeId, [])
            .Concat(_writtenRelationshipsOf.GetValueOrDefault(nodeId, []))
            .Distinct(StringComparer.Ordinal)
            .Where(RelationshipExists)
            .Order(StringComparer.Ordinal)
            .ToList();
}
