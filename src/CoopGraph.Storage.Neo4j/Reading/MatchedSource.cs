using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// A source as a Cypher pattern with its conditions: the entity variable, the relationship variable
/// (when the source expands a relationship field), the labels the entity can have, and the order in
/// which the source lists its entities when nothing else orders them.
/// </summary>
internal sealed record MatchedSource(
    string Pattern,
    IReadOnlyList<string> Conditions,
    string Node,
    string? Relationship,
    IReadOnlyList<NodeType> Labels,
    string NaturalOrder,
    bool ThroughRelationships)
{
    public string Where => Conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", Conditions);

    public string Match => "MATCH " + Pattern + Where;

    public Scope Scope => new(Node, Relationship, Labels);

    /// <summary>The variables a following <c>WITH</c> keeps.</summary>
    public string Variables => Relationship is null ? Node : Node + ", " + Relationship;
}
