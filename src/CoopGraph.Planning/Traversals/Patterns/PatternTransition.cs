using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Traversals.Patterns;

/// <summary>One step of a path pattern's automaton: follow a relationship of <see cref="Type"/> (any when null) in <see cref="Direction"/>, then be in <see cref="Target"/>.</summary>
public readonly record struct PatternTransition(RelationshipType? Type, RelationshipDirection Direction, int Target);
