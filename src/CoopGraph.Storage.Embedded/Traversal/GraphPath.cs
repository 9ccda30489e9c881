namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>A path as node handles (one more than relationships) and relationship handles, in walking order.</summary>
internal sealed record GraphPath(int[] Nodes, int[] Relationships)
{
    public int Length => Relationships.Length;
}
