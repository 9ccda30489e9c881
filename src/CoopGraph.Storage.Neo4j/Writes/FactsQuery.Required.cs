using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// What the required to-one check needs (see <see cref="BatchResolver"/>): for the ends of relationships the batch
/// deletes, every stored relationship of the types their required to-one fields follow, as ids (an id names its type
/// and ends, so the resolver counts them by direction after the batch). The ends of a detached node's relationships
/// are found only by the read, so a deleted node's row brings those of its neighbours.
/// </summary>
internal sealed partial class FactsQuery
{
    /// <summary>The fields the check guards: a required single relationship in one direction.</summary>
    public static IEnumerable<RelationshipField> RequiredToOne(NodeType label) =>
        label.Relationships.Where(f => f.IsRequired && !f.IsList && f.Direction is RelationshipDirection.Out or RelationshipDirection.In);

    /// <summary>Whether the node <paramref name="id"/>, losing a relationship of <paramref name="type"/>, may lose a required one.</summary>
    private static bool HoldsRequired(GraphModel model, string id, string type, bool outgoing) =>
        model.LabelOfId(id) is { } label
        && RequiredToOne(label).Any(f => f.RelationshipType.Name == type && f.Direction == (outgoing ? RelationshipDirection.Out : RelationshipDirection.In));

    /// <summary>The <c>held</c> column of a label's part; the comprehensions name only the model's types and labels.</summary>
    private static string Held(GraphModel model, NodeType label)
    {
        var own = RequiredToOne(label).Select(f => $"[(n){Arrow(f, "h")}() | h.id]").ToArray();
        var neighbours = model.Labels
            .SelectMany(other => RequiredToOne(other).Select(f =>
                $"COLLECT {{ MATCH (n){Reverse(f)}(o:{CypherNames.Escape(other.Name)}) MATCH (o){Arrow(f, "h")}() RETURN h.id AS held }}"))
            .ToArray();
        var parts = new List<string>();
        if (own.Length > 0)
        {
            parts.Add($"CASE WHEN row.held THEN {string.Join(" + ", own)} ELSE [] END");
        }

        if (neighbours.Length > 0)
        {
            parts.Add($"CASE WHEN row.del THEN {string.Join(" + ", neighbours)} ELSE [] END");
        }

        return (parts.Count == 0 ? "[]" : string.Join(" + ", parts)) + " AS held";
    }

    /// <summary>The field's relationship from its owner, bound to <paramref name="variable"/>.</summary>
    private static string Arrow(RelationshipField field, string variable) => field.Direction == RelationshipDirection.Out
        ? $"-[{variable}:{CypherNames.Escape(field.RelationshipType.Name)}]->"
        : $"<-[{variable}:{CypherNames.Escape(field.RelationshipType.Name)}]-";

    /// <summary>The field's relationship seen from the other end: from a node to the owners whose field points at it.</summary>
    private static string Reverse(RelationshipField field) => field.Direction == RelationshipDirection.Out
        ? $"<-[:{CypherNames.Escape(field.RelationshipType.Name)}]-"
        : $"-[:{CypherNames.Escape(field.RelationshipType.Name)}]->";
}
