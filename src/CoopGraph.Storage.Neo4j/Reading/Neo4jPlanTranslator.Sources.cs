using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    private MatchedSource Source(EntitySource source, string? parent)
    {
        var visitor = new CypherSource(this, parent);
        return EntitySourceDispatch.Visit<CypherSource, MatchedSource>(ref visitor, source);
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
