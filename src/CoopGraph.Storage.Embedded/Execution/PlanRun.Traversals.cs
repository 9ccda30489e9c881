using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>Writes a traversal root field; false when the field is not a traversal.</summary>
    private bool TryWriteTraversalField(OutputField field)
    {
        switch (field)
        {
            case PathsField paths:
                WritePaths(paths);
                return true;
            case NeighbourhoodField neighbourhood:
                WriteNeighbourhood(neighbourhood);
                return true;
            case ReachableField reachable:
                WriteReachable(reachable);
                return true;
            case CommonNeighboursField common:
                WriteCommonNeighbours(common);
                return true;
            case RankField rank:
                WriteRank(rank);
                return true;
            case TimelineField timeline:
                WriteTimeline(timeline);
                return true;
            default:
                return false;
        }
    }

    private void WritePaths(PathsField field)
    {
        var from = RequireNode(field.From);
        var to = RequireNode(field.To);
        var expansion = new Expansion(snapshot, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken), field.Filter);
        var paths = field.Search == PathSearch.Simple || field.Pattern is not null
            ? SimplePaths.Find(expansion, field.Pattern?.Automaton, from, to, field.MaxDepth, field.Search == PathSearch.Shortest ? 1 : field.First)
            : ShortestPaths.Find(expansion, from, to, field.MaxDepth, field.Search == PathSearch.Shortest ? 1 : field.First);
        if (field.Search == PathSearch.Shortest)
        {
            if (paths.Count == 0)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteTraversalObject(field.Fields, "Path", paths[0].Nodes, paths[0].Relationships, false);
            }

            return;
        }

        writer.WriteStartArray();
        foreach (var path in paths)
        {
            WriteTraversalObject(field.Fields, "Path", path.Nodes, path.Relationships, false);
        }

        writer.WriteEndArray();
    }

    private void WriteNeighbourhood(NeighbourhoodField field)
    {
        var centre = RequireNode(field.Id);
        var expansion = new Expansion(snapshot, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken), field.Filter);
        var subgraph = Neighbourhood.Collect(expansion, centre, field.Depth, field.Limit);
        var nodes = subgraph.Nodes
            .OrderBy(n => n.Distance)
            .ThenBy(n => snapshot.GetNodeId(n.Node), StringComparer.Ordinal)
            .Select(n => n.Node)
            .ToList();
        var relationships = subgraph.Relationships.OrderBy(snapshot.GetRelationshipId, StringComparer.Ordinal).ToList();
        WriteTraversalObject(field.Fields, "Subgraph", nodes, relationships, subgraph.Truncated);
    }

    /// <summary>A Path or a Subgraph: its nodes, relationships, length and truncated flag, as selected.</summary>
    private void WriteTraversalObject(IReadOnlyList<OutputField> fields, string typeName, IReadOnlyList<int> nodes, IReadOnlyList<int> relationships, bool truncated)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.ResponseName);
            switch (field)
            {
                case TypenameField:
                    writer.WriteStringValue(typeName);
                    break;
                case TraversalScalarField { Value: TraversalValue.Length }:
                    writer.WriteNumberValue(relationships.Count);
                    break;
                case TraversalScalarField { Value: TraversalValue.Truncated }:
                    writer.WriteBooleanValue(truncated);
                    break;
                case TraversalEntitiesField entities:
                    writer.WriteStartArray();
                    foreach (var node in nodes)
                    {
                        Tick();
                        WriteEntity(Row.Of(node), entities.Projection);
                    }

                    writer.WriteEndArray();
                    break;
                case TraversalRelationshipsField relationshipFields:
                    writer.WriteStartArray();
                    foreach (var relationship in relationships)
                    {
                        Tick();
                        WriteRelationship(relationship, relationshipFields.Fields);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new PlanExecutionException("INTERNAL", $"The embedded store cannot write {field.GetType().Name} in a {typeName}.");
            }
        }

        writer.WriteEndObject();
    }

    private int RequireNode(string id) =>
        snapshot.TryFindNode(id, out var node) && snapshot.IsVisible(node)
            ? node
            : throw new PlanExecutionException("NOT_FOUND", $"No entity has the id '{id}'.");
}
