using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// The Cypher variables a predicate or projection reads: the entity, the relationship that led to it
/// (null when none), the labels the entity can have, and the list element a quantifier walks.
/// </summary>
internal sealed record Scope(string Node, string? Relationship, IReadOnlyList<NodeType> Labels, ElementScope? Element = null);

/// <summary>The element of a list property at index <see cref="Index"/>, with its folded and sort-key shadows.</summary>
internal sealed record ElementScope(PropertyDefinition Property, string Owner, string Index);
