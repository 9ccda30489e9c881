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
                    _writer.WriteNullValue();
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
        _writer.WriteStartArray();
        _path.EnterList();
        for (var i = 0; i < results.Count; i++)
        {
            if (Item(i))
            {
                WriteResult(results[i], fields, typeName);
            }
        }

        _path.Leave();
        _writer.WriteEndArray();
    }

    /// <summary>One traversal result, its parts in the plan's field order; none stays null.</summary>
    private void WriteResult(in TResult result, IReadOnlyList<OutputField> fields, string typeName)
    {
        if (result is null)
        {
            _writer.WriteNullValue();
            return;
        }

        _writer.WriteStartObject();
        foreach (var field in fields)
        {
            _writer.WritePropertyName(field.ResponseName);
            if (!Enter(field))
            {
                continue;
            }

            switch (field)
            {
                case TypenameField:
                    _writer.WriteStringValue(typeName);
                    break;
                case TraversalScalarField scalar:
                    ValueJson.Write(_writer, _rows.Scalar(result, scalar));
                    break;
                case TraversalEntitiesField { Value: TraversalValue.Nodes } entities:
                    var nodes = _rows.ResultEntities(result, entities);
                    _writer.WriteStartArray();
                    _path.EnterList();
                    for (var i = 0; i < nodes.Count; i++)
                    {
                        _rows.Step();
                        if (Item(i))
                        {
                            WriteEntity(nodes[i], entities.Projection);
                        }
                    }

                    _path.Leave();
                    _writer.WriteEndArray();
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
                        _writer.WriteNullValue();
                    }

                    break;
                default:
                    throw new PlanExecutionException("INTERNAL", $"The response writer cannot write {field.GetType().Name} in a {typeName}.");
            }

            _path.Leave();
        }

        _writer.WriteEndObject();
    }

    private void WriteSearch(SearchField search)
    {
        var hits = _rows.SearchHits(search);
        _writer.WriteStartArray();
        _path.EnterList();
        for (var i = 0; i < hits.Count; i++)
        {
            if (!Item(i))
            {
                continue;
            }

            var hit = hits[i];
            _writer.WriteStartObject();
            foreach (var field in search.Fields)
            {
                _writer.WritePropertyName(field.ResponseName);
                if (!Enter(field))
                {
                    continue;
                }

                switch (field)
                {
                    case TypenameField typename:
                        _writer.WriteStringValue(typename.TypeName);
                        break;
                    case SearchScoreField score:
                        _writer.WriteNumberValue(_rows.SearchScore(hit, score));
                        break;
                    case NodesField node:
                        WriteEntity(_rows.ResultEntity(hit, node), node.Projection);
                        break;
                    default:
                        _writer.WriteNullValue();
                        break;
                }

                _path.Leave();
            }

            _writer.WriteEndObject();
        }

        _path.Leave();
        _writer.WriteEndArray();
    }
}
