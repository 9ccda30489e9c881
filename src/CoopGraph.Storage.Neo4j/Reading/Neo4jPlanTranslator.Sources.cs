using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    private MatchedSource Source(EntitySource source, string? parent)
    {
        switch (source)
        {
            case ScanLabel scan:
            {
                var node = Fresh("m");
                return new MatchedSource($"({node}{LabelExpression([scan.Label])})", [], node, null, [scan.Label], Property(node, StoredNames.Id), false);
            }

            case LookupIds lookup:
            {
                var node = Fresh("m");
                var ids = Parameter(lookup.Ids.ToArray());
                var index = Fresh("i");
                // Lookups keep the order of the ids they were given.
                var order = $"[{index} IN range(0, size({ids}) - 1) WHERE {ids}[{index}] = {node}.{IdKey}][0]";
                var labels = LabelsOfIds(lookup.Ids, lookup.Labels);
                return new MatchedSource($"({node}{LabelExpression(labels.Count == 0 ? lookup.Labels : labels)})", [labels.Count == 0 ? "false" : $"{node}.{IdKey} IN {ids}"], node, null, lookup.Labels, order, false);
            }

            case ExpandRelationship expand:
            {
                var from = parent ?? throw Unplannable(source);
                var node = Fresh("m");
                var relationship = Fresh("r");
                var field = expand.Field;
                var pattern = Arrow(from, relationship, TypeExpression([field.RelationshipType]), field.Direction, node + LabelExpression(field.Targets));
                return new MatchedSource(pattern, [], node, relationship, field.Targets, Property(node, StoredNames.Id), true);
            }

            case ExpandAny any:
            {
                var from = parent ?? throw Unplannable(source);
                var node = Fresh("m");
                var relationship = Fresh("r");
                var labels = any.Labels ?? _model.Labels;
                var pattern = Arrow(from, relationship, TypeExpression(any.Types ?? _model.RelationshipTypes), any.Direction, node + (any.Labels is null ? string.Empty : LabelExpression(any.Labels)));
                return new MatchedSource(pattern, [], node, relationship, labels, Property(node, StoredNames.Id), false);
            }

            case FilterEntities filter:
            {
                var input = Source(filter.Input, parent);
                return input with { Conditions = [.. input.Conditions, Predicate(filter.Predicate, input.Scope)] };
            }

            default:
                throw Unplannable(source);
        }
    }

    /// <summary>
    /// The labels the ids can belong to: writes check that an id starts with its label's prefix, so a
    /// lookup names only those labels and each becomes a seek in that label's uniqueness index
    /// (a disjunction over every label would not use the indexes).
    /// </summary>
    private IReadOnlyList<NodeType> LabelsOfIds(IReadOnlyList<string> ids, IReadOnlyList<NodeType> allowed) =>
        ids.Select(_model.LabelOfId).OfType<NodeType>().Distinct().Where(allowed.Contains).OrderBy(l => l.Ordinal).ToArray();

    private static PlanExecutionException Unplannable(EntitySource source) =>
        new("INTERNAL", $"The Neo4j store does not translate the source '{source.Describe()}' here.");

    /// <summary>The pattern from <paramref name="from"/> through a relationship field to a fresh target variable.</summary>
    private (string Pattern, string Target, string Relationship) FieldPattern(string from, RelationshipField field)
    {
        var target = Fresh("m");
        var relationship = Fresh("r");
        return (Arrow(from, relationship, TypeExpression([field.RelationshipType]), field.Direction, target + LabelExpression(field.Targets)), target, relationship);
    }
}
