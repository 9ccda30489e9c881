using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>Each kind of entity source as the pattern and conditions that match its entities, from the parent's variable for expansions.</summary>
    private readonly struct CypherSource(Neo4jPlanTranslator translator, string? parent) : IEntitySourceVisitor<MatchedSource>
    {
        public MatchedSource ScanLabel(ScanLabel scan)
        {
            var node = translator.Fresh("m");
            return new MatchedSource($"({node}{LabelExpression([scan.Label])})", [], node, null, [scan.Label], Property(node, StoredNames.Id), false);
        }

        public MatchedSource LookupIds(LookupIds lookup)
        {
            var node = translator.Fresh("m");
            var ids = translator.Parameter(lookup.Ids.ToArray());
            var index = translator.Fresh("i");

            // Lookups keep the order of the ids they were given.
            var order = $"[{index} IN range(0, size({ids}) - 1) WHERE {ids}[{index}] = {node}.{IdKey}][0]";
            var labels = translator.LabelsOfIds(lookup.Ids, lookup.Labels);
            return new MatchedSource(
                $"({node}{LabelExpression(labels.Count == 0 ? lookup.Labels : labels)})",
                [labels.Count == 0 ? "false" : $"{node}.{IdKey} IN {ids}"],
                node,
                null,
                lookup.Labels,
                order,
                false);
        }

        public MatchedSource ExpandRelationship(ExpandRelationship expand)
        {
            var from = parent ?? throw Unplannable(expand);
            var node = translator.Fresh("m");
            var relationship = translator.Fresh("r");
            var field = expand.Field;
            var pattern = Arrow(from, relationship, TypeExpression([field.RelationshipType]), field.Direction, node + LabelExpression(field.Targets));
            return new MatchedSource(pattern, [], node, relationship, field.Targets, Property(node, StoredNames.Id), true);
        }

        public MatchedSource ExpandAny(ExpandAny any)
        {
            var from = parent ?? throw Unplannable(any);
            var node = translator.Fresh("m");
            var relationship = translator.Fresh("r");
            var labels = any.Labels ?? translator._model.Labels;
            var types = TypeExpression(any.Types ?? translator._model.RelationshipTypes);
            var pattern = Arrow(from, relationship, types, any.Direction, node + (any.Labels is null ? string.Empty : LabelExpression(any.Labels)));

            // An empty type or label expression would match anything; an empty list (all excluded, or types: []) follows nothing, as on the embedded store.
            IReadOnlyList<string> conditions = any.Types is { Count: 0 } || any.Labels is { Count: 0 } ? ["false"] : [];
            return new MatchedSource(pattern, conditions, node, relationship, labels, Property(node, StoredNames.Id), false);
        }

        public MatchedSource FilterEntities(FilterEntities filter)
        {
            var input = translator.Source(filter.Input, parent);
            return input with { Conditions = [.. input.Conditions, translator.Predicate(filter.Predicate, input.Scope)] };
        }
    }
}
