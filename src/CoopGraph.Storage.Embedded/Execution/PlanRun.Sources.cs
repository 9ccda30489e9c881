using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>The rows of a source, relative to the parent entity for expansions.</summary>
    private IEnumerable<Row> Rows(EntitySource source, int parent)
    {
        var visitor = new SourceRows(this, parent);
        return EntitySourceDispatch.Visit<SourceRows, IEnumerable<Row>>(ref visitor, source);
    }

    /// <summary>The rows a relationship field reaches from a node: its type, its direction, its target labels.</summary>
    private List<Row> Expand(int node, RelationshipField field)
    {
        var outgoing = field.Direction is RelationshipDirection.Out or RelationshipDirection.Both
            ? snapshot.GetAdjacency(node, outgoing: true, field.RelationshipType)
            : [];
        var incoming = field.Direction is RelationshipDirection.In or RelationshipDirection.Both
            ? snapshot.GetAdjacency(node, outgoing: false, field.RelationshipType)
            : [];
        var rows = new List<Row>(outgoing.Length + incoming.Length);
        AddTargets(rows, outgoing, field.Targets);
        AddTargets(rows, incoming, field.Targets, field.Direction == RelationshipDirection.Both, node);
        return rows;
    }

    /// <param name="skipSelfLoops">
    /// Reading both directions meets a self-loop twice (it is outgoing and incoming); the incoming pass skips it,
    /// so each relationship is one row, as in Cypher's undirected patterns.
    /// </param>
    private void AddTargets(List<Row> rows, ReadOnlySpan<AdjacencyEntry> entries, IReadOnlyList<NodeType> targets, bool skipSelfLoops = false, int self = -1)
    {
        foreach (var entry in entries)
        {
            Tick();
            if (skipSelfLoops && entry.Neighbour == self)
            {
                continue;
            }

            if (targets.Count == snapshot.Model.Labels.Count || Contains(targets, snapshot.GetLabel(entry.Neighbour)))
            {
                rows.Add(new Row(entry.Neighbour, entry.Relationship));
            }
        }
    }

    private List<Row> ExpandAll(int node, IReadOnlyList<RelationshipType>? types, RelationshipDirection direction, IReadOnlyList<NodeType>? labels)
    {
        var rows = new List<Row>();
        var targets = labels ?? snapshot.Model.Labels;
        foreach (var outgoing in Directions(direction))
        {
            if (types is null)
            {
                AddTargets(rows, snapshot.GetAdjacency(node, outgoing), targets);
                continue;
            }

            foreach (var type in types)
            {
                AddTargets(rows, snapshot.GetAdjacency(node, outgoing, type), targets);
            }
        }

        return rows;
    }

    private static bool[] Directions(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Out => [true],
        RelationshipDirection.In => [false],
        _ => [true, false],
    };
}
