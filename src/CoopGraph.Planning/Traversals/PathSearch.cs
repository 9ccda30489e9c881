namespace CoopGraph.Planning.Traversals;

/// <summary>Which paths between two entities a path field asks for.</summary>
public enum PathSearch
{
    /// <summary>One shortest path (the first in path order), or none.</summary>
    Shortest,

    /// <summary>Every shortest path, up to first.</summary>
    AllShortest,

    /// <summary>Simple paths (no entity twice) up to maxDepth, shortest first.</summary>
    Simple,
}
