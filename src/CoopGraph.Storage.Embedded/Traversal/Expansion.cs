using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>A <see cref="TraversalFilter"/> bound to a snapshot: which relationships to follow from a node and which nodes may be passed through.</summary>
internal sealed class Expansion
{
    private readonly bool[]? _allowedLabels;

    public Expansion(GraphSnapshot snapshot, TraversalBudget budget, TraversalFilter filter)
    {
        Snapshot = snapshot;
        Budget = budget;
        Filter = filter;
        if (filter.Labels is { } labels)
        {
            _allowedLabels = new bool[snapshot.Model.Labels.Count];
            foreach (var label in labels)
            {
                _allowedLabels[label.Ordinal] = true;
            }
        }
    }

    public GraphSnapshot Snapshot { get; }

    public TraversalBudget Budget { get; }

    public TraversalFilter Filter { get; }

    /// <summary>The same filter walked against the relationships' direction, for searching back from a target.</summary>
    public Expansion Reversed() => new(Snapshot, Budget, Filter with
    {
        Direction = Filter.Direction switch
        {
            RelationshipDirection.Out => RelationshipDirection.In,
            RelationshipDirection.In => RelationshipDirection.Out,
            _ => RelationshipDirection.Both,
        },
    });

    public StepEnumerator Steps(int node) => new(Snapshot, Budget, node, Filter.Types, Filter.Direction);

    public bool Allows(int node) => _allowedLabels is null || _allowedLabels[Snapshot.GetLabel(node).Ordinal];
}
