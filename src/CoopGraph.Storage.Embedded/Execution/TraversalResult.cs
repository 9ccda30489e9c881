using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>
/// A search hit or a traversal result as the embedded store found it, for the response writer: a Path or
/// Subgraph (nodes, relationships, truncated), a ranked entity or hit (node, score), a dated fact (node,
/// relationship or -1, date, description). The parts a shape does not have stay empty.
/// </summary>
internal readonly record struct TraversalResult(
    IReadOnlyList<EntityRow> Nodes,
    IReadOnlyList<int> Relationships,
    bool Truncated,
    int Node,
    double Score,
    PartialDate? Date,
    string? Description,
    int Relationship)
{
    public static TraversalResult Graph(IReadOnlyList<EntityRow> nodes, IReadOnlyList<int> relationships, bool truncated) =>
        new(nodes, relationships, truncated, -1, 0, null, null, -1);

    public static TraversalResult Scored(int node, double score) => new([], [], false, node, score, null, null, -1);

    public static TraversalResult Fact(PartialDate date, int node, int relationship, string description) =>
        new([], [], false, node, 0, date, description, relationship);

    public object? Scalar(TraversalValue value) => value switch
    {
        TraversalValue.Length => Relationships.Count,
        TraversalValue.Truncated => Truncated,
        TraversalValue.Score => Score,
        TraversalValue.Date => Date,
        TraversalValue.Description => Description,
        _ => null,
    };
}
