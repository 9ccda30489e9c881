using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// A required to-one relationship (<c>country: Country!</c>) must not go while its entity stays, as in the embedded
/// store: only stored relationships the batch deletes (a disconnect, or a detach of the other end) are checked, against
/// the relationships the facts query read for their ends (<see cref="StoredFacts.Held"/>) and those the batch writes.
/// </summary>
internal sealed partial class BatchResolver
{
    /// <summary>Relationship id → the operation that deleted it, to point a refusal at.</summary>
    private readonly Dictionary<string, int> _deletedBy = new(StringComparer.Ordinal);

    private void CheckRequiredRelationships()
    {
        foreach (var (id, state) in _relationships)
        {
            if (state is not null || !_facts.RelationshipExists(id) || !Identifiers.TryParseRelationshipId(id, out var type, out var start, out var end))
            {
                continue;
            }

            CheckRequiredEnd(_deletedBy[id], type, start, outgoing: true);
            if (end != start)
            {
                CheckRequiredEnd(_deletedBy[id], type, end, outgoing: false);
            }
        }
    }

    private void CheckRequiredEnd(int index, string type, string node, bool outgoing)
    {
        if (!NodeExists(node) || _model.LabelOfId(node) is not { } label)
        {
            return;
        }

        var direction = outgoing ? RelationshipDirection.Out : RelationshipDirection.In;
        foreach (var field in FactsQuery.RequiredToOne(label).Where(f => f.RelationshipType.Name == type && f.Direction == direction))
        {
            if (LiveCount(node, type, outgoing) > 0)
            {
                _resolved.RequiredEnds.Add(new RequiredEnd(node, label.Name, type, outgoing));
                continue;
            }

            _resolved.Errors.Add(new WriteError(index, "REQUIRED_RELATIONSHIP",
                $"{label.Name} '{node}' needs its {field.Name} ({type}): connect another {field.TargetTypeName} in the same change set before removing this one.")
            {
                Field = "id",
            });
        }
    }

    /// <summary>The node's relationships of one type and direction once the batch is applied.</summary>
    private int LiveCount(string node, string type, bool outgoing) =>
        _facts.Held
            .Concat(_facts.RelationshipsOf.GetValueOrDefault(node, []))
            .Concat(_writtenRelationshipsOf.GetValueOrDefault(node, []))
            .Distinct(StringComparer.Ordinal)
            .Count(id => Identifiers.TryParseRelationshipId(id, out var t, out var start, out var end)
                && t == type && (outgoing ? start : end) == node && RelationshipExists(id));
}
