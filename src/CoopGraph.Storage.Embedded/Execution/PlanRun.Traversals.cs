using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>Traversals that answer with Path and Subgraph objects.</summary>
internal sealed partial class PlanRun
{
    /// <summary>The paths found, in canonical order; a shortest path search finds at most one.</summary>
    private List<TraversalResult> Paths(PathsField field)
    {
        var from = RequireNode(field.From);
        var to = RequireNode(field.To);
        var expansion = new Expansion(snapshot, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken), field.Filter);
        var paths = field.Search == PathSearch.Simple || field.Pattern is not null
            ? SimplePaths.Find(expansion, field.Pattern?.Automaton, from, to, field.MaxDepth, field.Search == PathSearch.Shortest ? 1 : field.First)
            : ShortestPaths.Find(expansion, from, to, field.MaxDepth, field.Search == PathSearch.Shortest ? 1 : field.First);
        return paths.Select(p => TraversalResult.Graph(p.Nodes.Select(n => new EntityRow(n)).ToList(), p.Relationships, truncated: false)).ToList();
    }

    /// <summary>The neighbourhood's entities nearest first (ties by id) and its relationships by id.</summary>
    private TraversalResult NeighbourhoodOf(NeighbourhoodField field)
    {
        var centre = RequireNode(field.Id);
        var expansion = new Expansion(snapshot, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken), field.Filter);
        var subgraph = Neighbourhood.Collect(expansion, centre, field.Depth, field.Limit);
        var nodes = subgraph.Nodes
            .OrderBy(n => n.Distance)
            .ThenBy(n => snapshot.GetNodeId(n.Node), StringComparer.Ordinal)
            .Select(n => new EntityRow(n.Node))
            .ToList();
        var relationships = subgraph.Relationships.OrderBy(snapshot.GetRelationshipId, StringComparer.Ordinal).ToList();
        return TraversalResult.Graph(nodes, relationships, subgraph.Truncated);
    }

    private int RequireNode(string id) =>
        snapshot.TryFindNode(id, out var node) && snapshot.IsVisible(node)
            ? node
            : throw MissingEntity.Error(id);
}
