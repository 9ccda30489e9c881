namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    /// <summary>The traversal root fields.</summary>
    internal enum TraversalRoot
    {
        ShortestPath,
        AllShortestPaths,
        Paths,
        Neighbourhood,
        Reachable,
        CommonNeighbours,
        Rank,
        Timeline,
    }
}
