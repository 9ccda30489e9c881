using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>The one parameter for the actor of unstamped facts, so that label branches selecting the same stamp fields stay one branch.</summary>
    private string? _seedActor;

    /// <summary>
    /// An entity as a map keyed by response names, one <c>CASE</c> branch per group of labels that
    /// select the same fields (an interface selection is usually one branch). A label outside the
    /// projection gives null, as in the embedded store. With several labels the map carries the label,
    /// so the writer knows which field list to follow.
    /// </summary>
    private string Projection(string node, EntityProjection projection)
    {
        var several = projection.ByLabel.Count > 1;
        var groups = new List<(List<NodeType> Labels, string Map)>();
        foreach (var (label, fields) in projection.ByLabel.OrderBy(p => p.Key.Ordinal))
        {
            var map = EntityMap(node, label, fields, several);
            var group = groups.FindIndex(g => g.Map == map);
            if (group < 0)
            {
                groups.Add(([label], map));
            }
            else
            {
                groups[group].Labels.Add(label);
            }
        }

        // No label (neighbours(labels: []), or every label excluded) matches no entity; a CASE needs a branch.
        return groups.Count == 0
            ? "null"
            : "CASE " + string.Join(" ", groups.Select(g => $"WHEN {node}{LabelExpression(g.Labels)} THEN {g.Map}")) + " END";
    }

    private string EntityMap(string node, NodeType label, IReadOnlyList<OutputField> fields, bool withLabel)
    {
        var entries = new List<string>();
        if (withLabel)
        {
            entries.Add($"{Key(ResponseKeys.Label)}: head(labels({node}))");
        }

        foreach (var field in fields)
        {
            var value = field switch
            {
                TypenameField or EntityValueField { Value: EntityValue.Label } => null,
                EntityValueField { Value: EntityValue.Id } => $"{node}.{IdKey}",
                EntityValueField { Value: EntityValue.DisplayName } => $"coalesce({Property(node, label.Display.Name)}, {node}.{IdKey})",
                EntityValueField { Value: EntityValue.Properties } => $"properties({node})",
                PropertyField property => Property(node, property.Property.Name),
                SourcesField sources => Sources(node, sources),
                StampField stamp => Stamp(node, stamp.Value),
                _ => NestedField(field, node),
            };
            if (value is not null)
            {
                entries.Add($"{Key(field.ResponseName)}: {value}");
            }
        }

        return "{" + string.Join(", ", entries) + "}";
    }

    /// <summary>
    /// Provenance: the exact JSON the store keeps, and, per <c>source</c> selection, the Source
    /// entities the references name, projected; the writer joins them by id.
    /// </summary>
    private string Sources(string owner, SourcesField sources)
    {
        var entries = new List<string> { $"{Key(ResponseKeys.SourcesJson)}: {Property(owner, StoredNames.Sources)}" };
        foreach (var field in sources.Fields.OfType<SourceRefSourceField>())
        {
            var id = Fresh("s");
            var node = Fresh("m");
            entries.Add($"{Key(field.ResponseName)}: COLLECT {{ UNWIND coalesce({Property(owner, StoredNames.SourceIds)}, []) AS {id} "
                + $"MATCH ({node}{LabelExpression(field.Projection.ByLabel.Keys.ToArray())}) WHERE {node}.{IdKey} = {id} "
                + $"RETURN {{{Key(ResponseKeys.Id)}: {id}, {Key(ResponseKeys.Value)}: {Projection(node, field.Projection)}}} }}");
        }

        return "{" + string.Join(", ", entries) + "}";
    }

    private string RelationshipMap(string relationship, IReadOnlyList<OutputField> fields)
    {
        var entries = new List<string> { $"{Key(ResponseKeys.RelationshipType)}: type({relationship})" };
        foreach (var field in fields)
        {
            string? value = field switch
            {
                RelationshipValueField { Value: RelationshipValue.Id } => $"{relationship}.{IdKey}",
                RelationshipValueField { Value: RelationshipValue.Properties } => $"properties({relationship})",
                RelationshipEndField end => End(relationship, end),
                SourcesField sources => Sources(relationship, sources),
                StampField stamp => Stamp(relationship, stamp.Value),
                _ => null,
            };
            if (value is not null)
            {
                entries.Add($"{Key(field.ResponseName)}: {value}");
            }
        }

        return "{" + string.Join(", ", entries) + "}";
    }

    /// <summary>
    /// One value of the stored stamp. A fact stored before stamps has none and reads as <see cref="FactStamp.Unrecorded"/>:
    /// version 1, made and changed by the seed at a time not kept.
    /// </summary>
    private string Stamp(string fact, StampValue value) => value switch
    {
        StampValue.Version => $"coalesce({Property(fact, StoredNames.Version)}, 1)",
        StampValue.CreatedAt => Property(fact, StoredNames.CreatedAt),
        StampValue.CreatedBy => $"coalesce({Property(fact, StoredNames.CreatedBy)}, {_seedActor ??= Parameter(FactStamp.SeedActor)})",
        StampValue.UpdatedAt => Property(fact, StoredNames.UpdatedAt),
        StampValue.UpdatedBy => $"coalesce({Property(fact, StoredNames.UpdatedBy)}, {_seedActor ??= Parameter(FactStamp.SeedActor)})",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    private string End(string relationship, RelationshipEndField end)
    {
        var node = Fresh("m");
        var pattern = end.Start ? $"({node})-[{relationship}]->()" : $"()-[{relationship}]->({node})";
        return $"head(COLLECT {{ MATCH {pattern} RETURN {Projection(node, end.Projection)} }})";
    }
}
