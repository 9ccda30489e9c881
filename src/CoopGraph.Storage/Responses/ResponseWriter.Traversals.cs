using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Responses;

/// <summary>Search hits and traversal results: Path, Subgraph, RankedEntity and TimelineEntry objects, and entity lists.</summary>
public sealed partial class ResponseWriter<TRows, TEntity, TRelationship, TPage, TSources, TResult>
{
    private void WriteTraversal(OutputField field)
    {
        switch (field)
        {
            case PathsField { Search: PathSearch.Shortest } path:
                var shortest = _rows.Paths(path);
                if (shortest.Count == 0)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    WriteResult(shortest[0], path.Fields, "Path");
                }

                break;
            case PathsField paths:
                WriteResults(_rows.Paths(paths), paths.Fields, "Path");
                break;
            case NeighbourhoodField neighbourhood:
                WriteResult(_rows.Subgraph(neighbourhood), neighbourhood.Fields, "Subgraph");
                break;
            case ReachableField reachable:
                WriteEntities(_rows.Reachable(reachable), reachable.Projection);
                break;
            case CommonNeighboursField common:
                WriteEntities(_rows.CommonNeighbours(common), common.Projection);
                break;
            case RankField rank:
                WriteResults(_rows.Ranked(rank), rank.Fields, "RankedEntity");
                break;
            case TimelineField timeline:
                WriteResults(_rows.Timeline(timeline), timeline.Fields, "TimelineEntry");
                break;
        }
    }

    private void WriteResults(IReadOnlyList<TResult> results, IReadOnlyList<OutputField> fields, string typeName)
    {
        writer.WriteStartArray();
        for (var i = 0; i < results.Count; i++)
        {
            WriteResult(results[i], fields, typeName);
        }

        writer.WriteEndArray();
    }

    /// <summary>One traversal result, its parts in the plan's field order; none stays null.</summary>
    private void WriteResult(in TResult result, IReadOnlyList<OutputField> fields, string typeName)
    {
        if (result is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.ResponseName);
            switch (field)
            {
                case TypenameField:
                    writer.WriteStringValue(typeName);
                    break;
                case TraversalScalarField scalar:
                    ValueJson.Write(writer, _rows.Scalar(result, scalar));
                    break;
                case TraversalEntitiesField { Value: TraversalValue.Nodes } entities:
                    var nodes = _rows.ResultEntities(result, entities);
                    writer.WriteStartArray();
                    for (var i = 0; i < nodes.Count; i++)
                    {
                        _rows.Step();
                        WriteEntity(nodes[i], entities.Projection);
                    }

                    writer.WriteEndArray();
                    break;
                case TraversalEntitiesField entity:
                    WriteEntity(_rows.ResultEntity(result, entity), entity.Projection);
                    break;
                case TraversalRelationshipsField { Value: TraversalValue.Relationships } relationships:
                    WriteRelationships(_rows.ResultRelationships(result, relationships), relationships.Fields, step: true);
                    break;
                case TraversalRelationshipsField relationship:
                    if (_rows.TryResultRelationship(result, relationship, out var one))
                    {
                        WriteRelationship(one, relationship.Fields);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }

                    break;
                default:
                    throw new PlanExecutionException("INTERNAL", $"The response writer cannot write {field.GetType().Name} in a {typeName}.");
            }
        }

        writer.WriteEndObject();
    }

    private void WriteSearch(SearchField search)
    {
        var hits = _rows.SearchHits(search);
        writer.WriteStartArray();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            writer.WriteStartObject();
            foreach (var field in search.Fields)
            {
                writer.WritePropertyName(field.ResponseName);
                switch (field)
                {
                    case TypenameField typename:
                        writer.WriteStringValue(typename.TypeName);
                        break;
                    case SearchScoreField score:
                        writer.WriteNumberValue(_rows.SearchScore(hit, score));
                        break;
                    case NodesField node:
                        WriteEntity(_rows.ResultEntity(hit, node), node.Projection);
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
