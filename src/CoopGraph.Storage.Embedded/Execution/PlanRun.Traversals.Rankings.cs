using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>Traversals that answer with lists of entities: reachable sets, common neighbours, rankings, timelines.</summary>
internal sealed partial class PlanRun
{
    private void WriteReachable(ReachableField field)
    {
        var from = RequireNode(field.From);
        var budget = new TraversalBudget(field.Limits.MaxExpansions, cancellationToken);
        var found = PatternReach.Find(snapshot, budget, field.Pattern.Automaton, from, node => field.Labels is null || Contains(field.Labels, snapshot.GetLabel(node)), field.First);
        writer.WriteStartArray();
        foreach (var (node, _) in found.OrderBy(f => f.Distance).ThenBy(f => snapshot.GetNodeId(f.Node), StringComparer.Ordinal).Take(field.First))
        {
            WriteEntity(Row.Of(node), field.Projection);
        }

        writer.WriteEndArray();
    }

    private void WriteCommonNeighbours(CommonNeighboursField field)
    {
        var a = RequireNode(field.A);
        var b = RequireNode(field.B);
        var expansion = new Expansion(snapshot, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken), new TraversalFilter(field.Types, null, Graph.Schema.Model.RelationshipDirection.Both));
        writer.WriteStartArray();
        foreach (var node in CommonNeighbours.Find(expansion, a, b).OrderBy(snapshot.GetNodeId, StringComparer.Ordinal).Take(field.Limits.MaxSubgraphSize))
        {
            WriteEntity(Row.Of(node), field.Projection);
        }

        writer.WriteEndArray();
    }

    private void WriteRank(RankField field)
    {
        var ranked = Ranking.Rank(snapshot, field, node => field.Labels is null || Contains(field.Labels, snapshot.GetLabel(node)), cancellationToken);
        writer.WriteStartArray();
        foreach (var (node, score) in ranked)
        {
            writer.WriteStartObject();
            foreach (var output in field.Fields)
            {
                writer.WritePropertyName(output.ResponseName);
                switch (output)
                {
                    case TypenameField:
                        writer.WriteStringValue("RankedEntity");
                        break;
                    case TraversalScalarField { Value: TraversalValue.Score }:
                        writer.WriteNumberValue(score);
                        break;
                    case TraversalEntitiesField entity:
                        WriteEntity(Row.Of(node), entity.Projection);
                        break;
                    default:
                        throw new PlanExecutionException("INTERNAL", $"The embedded store cannot write {output.GetType().Name} in a RankedEntity.");
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void WriteTimeline(TimelineField field)
    {
        int? about = field.Id is null ? null : RequireNode(field.Id);
        var facts = new Timeline(snapshot, field, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken)).Collect(about);
        writer.WriteStartArray();
        foreach (var fact in facts)
        {
            writer.WriteStartObject();
            foreach (var output in field.Fields)
            {
                writer.WritePropertyName(output.ResponseName);
                switch (output)
                {
                    case TypenameField:
                        writer.WriteStringValue("TimelineEntry");
                        break;
                    case TraversalScalarField { Value: TraversalValue.Date }:
                        writer.WriteStringValue(fact.Date.ToString());
                        break;
                    case TraversalScalarField { Value: TraversalValue.Description }:
                        writer.WriteStringValue(fact.Description);
                        break;
                    case TraversalEntitiesField entity:
                        WriteEntity(Row.Of(fact.Node), entity.Projection);
                        break;
                    case TraversalRelationshipsField relationship when fact.Relationship >= 0:
                        WriteRelationship(fact.Relationship, relationship.Fields);
                        break;
                    case TraversalRelationshipsField:
                        writer.WriteNullValue();
                        break;
                    default:
                        throw new PlanExecutionException("INTERNAL", $"The embedded store cannot write {output.GetType().Name} in a TimelineEntry.");
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
