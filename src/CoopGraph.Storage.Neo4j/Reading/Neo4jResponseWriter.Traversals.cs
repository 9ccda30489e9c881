using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Traversal results: the statement returns each Path, Subgraph, RankedEntity or TimelineEntry as a
/// map keyed by response names, so one writer serves them all, in the plan's field order.
/// </summary>
internal sealed partial class Neo4jResponseWriter
{
    private void WriteTraversalField(OutputField field, object? value)
    {
        if (value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault(ResponseKeys.MissingEntity) is string missing)
        {
            throw new PlanExecutionException("NOT_FOUND", $"No entity has the id '{missing}'.");
        }

        if (value is IReadOnlyDictionary<string, object?> refusal && refusal.GetValueOrDefault(ResponseKeys.LimitExceeded) is string limit)
        {
            throw new PlanExecutionException("LIMIT_EXCEEDED", limit);
        }

        switch (field)
        {
            case PathsField { Search: PathSearch.Shortest } path:
                WriteTraversalObject(path.Fields, "Path", value);
                break;
            case PathsField paths:
                WriteArray(value, item => WriteTraversalObject(paths.Fields, "Path", item));
                break;
            case NeighbourhoodField neighbourhood:
                WriteTraversalObject(neighbourhood.Fields, "Subgraph", value);
                break;
            case ReachableField reachable:
                WriteArray(value, item => WriteEntity(item, reachable.Projection));
                break;
            case CommonNeighboursField common:
                WriteArray(value, item => WriteEntity(item, common.Projection));
                break;
            case RankField rank:
                WriteArray(value, item => WriteTraversalObject(rank.Fields, "RankedEntity", item));
                break;
            case TimelineField timeline:
                WriteArray(value, item => WriteTraversalObject(timeline.Fields, "TimelineEntry", item));
                break;
            default:
                throw new PlanExecutionException("INTERNAL", $"The Neo4j store cannot write a {field.GetType().Name}.");
        }
    }

    /// <summary>One traversal result; null stays null (no shortest path).</summary>
    private void WriteTraversalObject(IReadOnlyList<OutputField> fields, string typeName, object? value)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.ResponseName);
            var item = map.GetValueOrDefault(field.ResponseName);
            switch (field)
            {
                case TypenameField:
                    writer.WriteStringValue(typeName);
                    break;
                case TraversalScalarField:
                    WriteValue(item);
                    break;
                case TraversalEntitiesField { Value: TraversalValue.Nodes } entities:
                    WriteArray(item, node => WriteEntity(node, entities.Projection));
                    break;
                case TraversalEntitiesField entity:
                    WriteEntity(item, entity.Projection);
                    break;
                case TraversalRelationshipsField { Value: TraversalValue.Relationships } relationships:
                    WriteArray(item, relationship => WriteRelationship(Map(relationship), relationships.Fields));
                    break;
                case TraversalRelationshipsField relationship when item is IReadOnlyDictionary<string, object?> one:
                    WriteRelationship(one, relationship.Fields);
                    break;
                case TraversalRelationshipsField:
                    writer.WriteNullValue();
                    break;
                default:
                    throw new PlanExecutionException("INTERNAL", $"The Neo4j store cannot write {field.GetType().Name} in a {typeName}.");
            }
        }

        writer.WriteEndObject();
    }
}
