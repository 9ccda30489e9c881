using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

internal sealed partial class BatchResolver
{
    private void Apply(int index, RelationshipWrite write)
    {
        var type = _model.FindRelationshipType(write.Type)!;
        var what = $"relationship '{write.Id}'";
        var ok = true;
        foreach (var (end, role) in new[] { (write.Start, "start"), (write.End, "end") })
        {
            if (!NodeExists(end))
            {
                Error(index, "DANGLING_END", $"{what}: its {role} node '{end}' does not exist.");
                ok = false;
            }
        }

        if (!CheckSources(index, write.Sources, what, string.Empty) || !ok)
        {
            return;
        }

        var props = Encode(index, write.Id, write.Properties, name => type.Properties?.FindProperty(name), write.Sources);
        var previous = _relationships.GetValueOrDefault(write.Id);
        if (!RelationshipExists(write.Id))
        {
            Counts.Relationship(type.Name, WriteOutcome.Created);
            _changedRelationships.Add(write.Id);
        }
        else if (previous is not null
            ? StoredValues.Same(previous.Props, props)
            : _facts.Relationships.GetValueOrDefault(write.Id)?.IsSameAs(props) == true && !_changedRelationships.Contains(write.Id))
        {
            Counts.Relationship(type.Name, WriteOutcome.Unchanged);
        }
        else
        {
            Counts.Relationship(type.Name, WriteOutcome.Updated);
            _changedRelationships.Add(write.Id);
        }

        _relationships[write.Id] = new RelationshipState(type.Name, write.Start, write.End, props);
        foreach (var end in new[] { write.Start, write.End })
        {
            (_writtenRelationshipsOf.TryGetValue(end, out var list) ? list : _writtenRelationshipsOf[end] = []).Add(write.Id);
        }
    }

    private void Apply(int index, DeleteRelationship delete)
    {
        var known = Identifiers.TryParseRelationshipId(delete.Id, out var type, out _, out _) && _model.FindRelationshipType(type) is not null;
        if (!known || !RelationshipExists(delete.Id))
        {
            Error(index, "NOT_FOUND", $"Cannot delete relationship '{delete.Id}': it does not exist.");
            return;
        }

        _relationships[delete.Id] = null;
        _deletedBy[delete.Id] = index;
        _changedRelationships.Remove(delete.Id);
        Counts.RelationshipsDeleted++;
    }
}
