using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Memory;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>
/// A required to-one relationship (<c>country: Country!</c>) must not go while its entity stays: the response of any
/// later read would be damaged. Only relationships the batch deletes are checked (a disconnect, or a detach of the
/// other end), so bulk imports, which create an entity before its relationships, pay nothing.
/// </summary>
internal sealed partial class WritePlanner
{
    private void CheckRequiredRelationships()
    {
        foreach (var relationship in _relationships.Values)
        {
            if (relationship.Live || relationship.Original is null)
            {
                continue;
            }

            var key = relationship.Key;
            CheckRequiredEnd(key, key.Start, outgoing: true, relationship.LastOperation);
            if (key.End != key.Start)
            {
                CheckRequiredEnd(key, key.End, outgoing: false, relationship.LastOperation);
            }
        }
    }

    private void CheckRequiredEnd(RelationshipKey key, int slot, bool outgoing, int operation)
    {
        var live = _nodes.TryGetValue(slot, out var planned) ? (planned.Live ? planned.Label : -1) : _memory.LiveHead(slot)?.Label ?? -1;
        if (live < 0)
        {
            return;
        }

        var label = Model.Labels[live];
        var direction = outgoing ? RelationshipDirection.Out : RelationshipDirection.In;
        foreach (var field in label.Relationships)
        {
            if (field.IsRequired && !field.IsList && field.RelationshipType.Ordinal == key.Type && field.Direction == direction
                && LiveCount(slot, key.Type, outgoing) == 0)
            {
                _errors.Add(new WriteError(operation, "REQUIRED_RELATIONSHIP",
                    $"{label.Name} '{IdOf(slot)}' needs its {field.Name} ({field.RelationshipType.Name}): connect another {field.TargetTypeName} in the same change set before removing this one.")
                {
                    Field = "id",
                });
            }
        }
    }

    /// <summary>The node's relationships of one type and direction once the batch is applied.</summary>
    private int LiveCount(int slot, int type, bool outgoing)
    {
        var count = 0;
        if (_memory.LiveHead(slot) is { } head)
        {
            foreach (var entry in Adjacency.OfType(outgoing ? head.Outgoing : head.Incoming, type))
            {
                var stored = outgoing ? new RelationshipKey(type, slot, entry.Neighbour) : new RelationshipKey(type, entry.Neighbour, slot);
                if (!_relationships.TryGetValue(stored, out var changed) || changed.Live)
                {
                    count++;
                }
            }
        }

        foreach (var (key, relationship) in _relationships)
        {
            if (relationship.Live && relationship.Original is null && key.Type == type && (outgoing ? key.Start : key.End) == slot)
            {
                count++;
            }
        }

        return count;
    }
}
