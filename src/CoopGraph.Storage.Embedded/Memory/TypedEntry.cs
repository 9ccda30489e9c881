namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>An adjacency entry with its relationship type, while adjacency is being built.</summary>
internal readonly record struct TypedEntry(int Type, int Neighbour, int Relationship)
{
    /// <summary>Orders entries as the adjacency layout keeps them: by type, then by neighbour.</summary>
    public long Key => ((long)Type << 32) | (uint)Neighbour;
}
