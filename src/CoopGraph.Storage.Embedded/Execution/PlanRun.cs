using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Output;
using CoopGraph.Planning.Sources;
using CoopGraph.Storage.Responses;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>
/// One run of one plan over one snapshot: produces the rows the shared response writer turns into the
/// response's data object (<see cref="ResponseRows"/>).
/// </summary>
internal sealed partial class PlanRun(GraphSnapshot snapshot, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 4096;
    private int _work;

    private GraphSnapshot Snapshot => snapshot;

    public void WriteOperation(OperationPlan plan, ResponseOutput output) =>
        new ResponseWriter<ResponseRows, EntityRow, int, Page, SourceList, TraversalResult>(new ResponseRows(this), output).WriteOperation(plan);

    /// <summary>An operation whose fields need no data (<c>{ __typename }</c>): no snapshot is opened, and the writer asks the rows for nothing.</summary>
    public static void WriteWithoutStore(OperationPlan plan, ResponseOutput output) =>
        new ResponseWriter<ResponseRows, EntityRow, int, Page, SourceList, TraversalResult>(default, output).WriteOperation(plan);

    private string DisplayName(int node, NodeType label, string? id) =>
        snapshot.GetProperty(node, label.Display) switch
        {
            null => id ?? snapshot.GetNodeId(node),
            string s => s,
            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };

    private List<EntityRow> LookupList(LookupListField list)
    {
        var entities = new List<EntityRow>(list.Ids.Count);
        foreach (var id in list.Ids)
        {
            entities.Add(Lookup(id, list.Labels) is { } node ? new EntityRow(node) : EntityRow.None);
        }

        return entities;
    }

    /// <summary>The visible relationship slot of each id, or -1.</summary>
    private List<int> RelationshipLookup(RelationshipLookupField lookup)
    {
        var found = new List<int>(lookup.Ids.Count);
        foreach (var id in lookup.Ids)
        {
            found.Add(snapshot.TryFindRelationship(id, out var relationship) ? relationship : -1);
        }

        return found;
    }

    private int? Lookup(string id, IReadOnlyList<NodeType> labels) =>
        snapshot.TryFindNode(id, out var node) && snapshot.IsVisible(node) && Contains(labels, snapshot.GetLabel(node)) ? node : null;

    private static bool Contains(IReadOnlyList<NodeType> labels, NodeType label)
    {
        foreach (var l in labels)
        {
            if (ReferenceEquals(l, label))
            {
                return true;
            }
        }

        return false;
    }

    private void Tick()
    {
        if (++_work % CancellationCheckInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// The entity of a single-entity field: the one with the smallest id (then relationship id) when the
    /// data holds several, so every store picks the same one.
    /// </summary>
    private bool TryFirstOf(EntitySource source, int parent, out EntityRow first)
    {
        first = EntityRow.None;
        string? bestId = null;
        string? bestRelationship = null;
        foreach (var row in Rows(source, parent))
        {
            var id = snapshot.GetNodeId(row.Node);
            var relationship = row.Relationship >= 0 ? snapshot.GetRelationshipId(row.Relationship) : null;
            var order = bestId is null ? -1 : string.CompareOrdinal(id, bestId);
            if (order < 0 || (order == 0 && string.CompareOrdinal(relationship, bestRelationship) < 0))
            {
                (first, bestId, bestRelationship) = (new EntityRow(row.Node, id), id, relationship);
            }
        }

        return bestId is not null;
    }
}
