namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// The canonical order of paths of one length, which Neo4j follows too: lexicographic over the ids
/// along the walk — at each step the next node's id, then the relationship's id — compared ordinally.
/// A depth-first search that takes each node's steps in <see cref="Compare"/> order meets the paths in
/// that order, so truncating it to the first n keeps the same paths on both stores. Adjacency order
/// (by handle and type ordinal) depends on write history and cannot be reproduced in Cypher.
/// </summary>
internal static class PathOrder
{
    /// <summary>Sorts the steps of one node that passed a search's pruning (so only those are compared).</summary>
    public static void Sort<T>(List<T> steps, GraphSnapshot snapshot, Func<T, Step> step)
    {
        if (steps.Count > 1)
        {
            steps.Sort((x, y) => Compare(step(x), step(y), snapshot));
        }
    }

    public static int Compare(Step x, Step y, GraphSnapshot snapshot)
    {
        if (x.Neighbour != y.Neighbour)
        {
            return string.CompareOrdinal(snapshot.GetNodeId(x.Neighbour), snapshot.GetNodeId(y.Neighbour));
        }

        // Parallel relationships only: their derived ids are built on demand, as they are rare.
        return x.Relationship == y.Relationship
            ? 0
            : string.CompareOrdinal(snapshot.GetRelationshipId(x.Relationship), snapshot.GetRelationshipId(y.Relationship));
    }
}
