namespace CoopGraph.Planning.Traversals;

/// <summary>The parts of traversal results (Path, Subgraph, RankedEntity, TimelineEntry) a selection can ask for.</summary>
public enum TraversalValue
{
    Length,
    Nodes,
    Relationships,
    Truncated,
    Score,
    Node,
    Date,
    Entity,
    Relationship,
    Description,
}
