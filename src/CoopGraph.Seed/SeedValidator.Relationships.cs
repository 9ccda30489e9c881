using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed;

public static partial class SeedValidator
{
    private static void CheckRelationships(GraphModel model, SeedContent content, Func<string, string?> labelOf, List<SeedError> errors)
    {
        var symmetric = model.Labels
            .SelectMany(l => l.Relationships)
            .Where(f => f.Direction == RelationshipDirection.Both)
            .Select(f => f.RelationshipType.Name)
            .ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, SeedEntry>(StringComparer.Ordinal);
        foreach (var entry in content.Relationships)
        {
            var rel = (RelationshipWrite)entry.Write;
            var reversed = Identifiers.RelationshipId(rel.Type, rel.End, rel.Start);
            if (seen.TryGetValue(rel.Id, out var first) || (symmetric.Contains(rel.Type) && seen.TryGetValue(reversed, out first)))
            {
                errors.Add(entry.Error(SeedErrorCodes.DuplicateRelationship, $"{rel.Type} between '{rel.Start}' and '{rel.End}' is already given at {first.File}:{first.Line}."));
            }
            else
            {
                seen.Add(rel.Id, entry);
            }

            foreach (var end in new[] { rel.Start, rel.End })
            {
                if (labelOf(end) is null)
                {
                    errors.Add(entry.Error(SeedErrorCodes.DanglingEnd, $"{rel.Type} points at '{end}', which no seed file defines."));
                }
            }
        }
    }

    /// <summary>A to-one relationship field (<c>country: Country!</c>) holds at most one relationship, and a required one exactly one.</summary>
    private static void CheckToOneFields(GraphModel model, SeedContent content, bool requireMandatory, List<SeedError> errors)
    {
        var touching = new Dictionary<string, List<SeedEntry>>(StringComparer.Ordinal);
        foreach (var entry in content.Relationships)
        {
            var rel = (RelationshipWrite)entry.Write;
            Touch(rel.Start, entry);
            if (rel.End != rel.Start)
            {
                Touch(rel.End, entry);
            }
        }

        foreach (var entry in content.Nodes)
        {
            var node = (NodeWrite)entry.Write;
            var label = model.FindLabel(node.Label);
            foreach (var field in label?.Relationships.Where(f => !f.IsList) ?? [])
            {
                var held = touching.GetValueOrDefault(node.Id, [])
                    .Where(e => Fills(model, field, node.Id, (RelationshipWrite)e.Write))
                    .ToArray();
                if (held.Length > 1)
                {
                    var extra = held[1];
                    errors.Add(extra.Error(SeedErrorCodes.TooManyRelationships,
                        $"{label!.Name}.{field.Name} holds one {field.RelationshipType.Name} relationship, but '{node.Id}' already has one at {held[0].File}:{held[0].Line}."));
                }
                else if (held.Length == 0 && field.IsRequired && requireMandatory)
                {
                    errors.Add(entry.Error(SeedErrorCodes.MissingRelationship,
                        $"{label!.Name}.{field.Name} is required: '{node.Id}' needs a {field.RelationshipType.Name} relationship to a {field.TargetTypeName}."));
                }
            }
        }

        void Touch(string id, SeedEntry entry)
        {
            if (!touching.TryGetValue(id, out var list))
            {
                touching[id] = list = [];
            }

            list.Add(entry);
        }
    }

    private static bool Fills(GraphModel model, RelationshipField field, string nodeId, RelationshipWrite rel)
    {
        if (rel.Type != field.RelationshipType.Name)
        {
            return false;
        }

        var outgoing = rel.Start == nodeId;
        var incoming = rel.End == nodeId;
        string? other = field.Direction switch
        {
            RelationshipDirection.Out when outgoing => rel.End,
            RelationshipDirection.In when incoming => rel.Start,
            RelationshipDirection.Both => outgoing ? rel.End : rel.Start,
            _ => null,
        };
        var otherLabel = other is null ? null : model.LabelOfId(other);
        return otherLabel is not null && field.Targets.Contains(otherLabel);
    }
}
