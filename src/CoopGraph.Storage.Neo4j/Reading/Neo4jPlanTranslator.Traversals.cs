using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// What the traversal translations share: entities named by id (a missing one answers NOT_FOUND,
/// as on the embedded store), and results (Path, Subgraph, RankedEntity, TimelineEntry) as maps keyed
/// by response names, which the shared response writer (<see cref="Neo4jRows"/>) writes in plan order.
/// </summary>
internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>The entity with <paramref name="id"/>; an id no label's prefix fits names no entity, and needs no round trip to say so.</summary>
    private NamedEntity NameEntity(string id) =>
        _model.LabelOfId(id) is { } label
            ? new NamedEntity(id, label, Parameter(id))
            : throw Planning.Traversals.MissingEntity.Error(id);

    /// <summary><paramref name="value"/>, or, when one of the named entities does not exist, a map naming it for the writer to refuse.</summary>
    private string RequireEntities(string value, params NamedEntity[] entities)
    {
        var checks = entities.DistinctBy(e => e.Id).Select(e =>
        {
            var node = Fresh("e");
            return $"WHEN NOT EXISTS {{ MATCH {e.Pattern(node)} }} THEN {MissingEntity(e.Parameter)} ";
        });
        return "CASE " + string.Concat(checks) + $"ELSE {value} END";
    }

    /// <summary>The map standing in for a traversal's value when the entity whose id is <paramref name="idParameter"/> does not exist.</summary>
    private static string MissingEntity(string idParameter) => $"{{{Key(ResponseKeys.MissingEntity)}: {idParameter}}}";

    /// <summary>
    /// A traversal result as a map: each selected field from the expression <paramref name="parts"/>
    /// gives for its value (variables for single entities and relationships, list expressions for lists).
    /// </summary>
    private string TraversalMap(IReadOnlyList<OutputField> fields, Func<TraversalValue, string> parts)
    {
        var entries = new List<string>();
        foreach (var field in fields)
        {
            var value = field switch
            {
                TraversalScalarField scalar => parts(scalar.Value),
                TraversalEntitiesField { Value: TraversalValue.Nodes } nodes => EntitiesOf(parts(TraversalValue.Nodes), nodes.Projection),
                TraversalEntitiesField entity => Projection(parts(entity.Value), entity.Projection),
                TraversalRelationshipsField { Value: TraversalValue.Relationships } relationships => RelationshipsOf(parts(TraversalValue.Relationships), relationships.Fields),
                TraversalRelationshipsField relationship => RelationshipOrNull(parts(relationship.Value), relationship.Fields),
                _ => null,
            };
            if (value is not null)
            {
                entries.Add($"{Key(field.ResponseName)}: {value}");
            }
        }

        return "{" + string.Join(", ", entries) + "}";
    }

    /// <summary>Each node of a list, in list order, projected.</summary>
    private string EntitiesOf(string list, EntityProjection projection)
    {
        var (index, node) = (Fresh("i"), Fresh("n"));
        return $"COLLECT {{ UNWIND range(0, size({list}) - 1) AS {index} WITH {index}, ({list})[{index}] AS {node} ORDER BY {index} RETURN {Projection(node, projection)} }}";
    }

    /// <summary>Each relationship of a list, in list order, as a relationship map.</summary>
    private string RelationshipsOf(string list, IReadOnlyList<OutputField> fields)
    {
        var (index, relationship) = (Fresh("i"), Fresh("r"));
        return $"COLLECT {{ UNWIND range(0, size({list}) - 1) AS {index} WITH {index}, ({list})[{index}] AS {relationship} ORDER BY {index} RETURN {RelationshipMap(relationship, fields)} }}";
    }

    private string RelationshipOrNull(string relationship, IReadOnlyList<OutputField> fields) =>
        $"CASE WHEN {relationship} IS NULL THEN null ELSE {RelationshipMap(relationship, fields)} END";
}
