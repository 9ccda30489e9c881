namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>An entity in a result set, with the relationship that led to it (-1 when none).</summary>
internal readonly record struct Row(int Node, int Relationship)
{
    public static Row Of(int node) => new(node, -1);
}
