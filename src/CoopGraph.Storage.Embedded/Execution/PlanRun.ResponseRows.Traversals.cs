using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    private readonly partial struct ResponseRows
    {
        public IReadOnlyList<EntityRow> Lookup(LookupListField field) => run.LookupList(field);

        public IReadOnlyList<int> RelationshipLookup(RelationshipLookupField field) => run.RelationshipLookup(field);

        public bool IsRelationship(in int relationship) => relationship >= 0;

        public IReadOnlyList<TraversalResult> SearchHits(SearchField field) => run.SearchHits(field);

        public IReadOnlyList<TraversalResult> Paths(PathsField field) => run.Paths(field);

        public TraversalResult Subgraph(NeighbourhoodField field) => run.NeighbourhoodOf(field);

        public IReadOnlyList<EntityRow> Reachable(ReachableField field) => run.Reachable(field);

        public IReadOnlyList<EntityRow> CommonNeighbours(CommonNeighboursField field) => run.CommonNeighboursOf(field);

        public IReadOnlyList<TraversalResult> Ranked(RankField field) => run.Ranked(field);

        public IReadOnlyList<TraversalResult> Timeline(TimelineField field) => run.TimelineEntries(field);

        public double SearchScore(in TraversalResult hit, SearchScoreField field) => hit.Score;

        public object? Scalar(in TraversalResult result, TraversalScalarField field) => result.Scalar(field.Value);

        public EntityRow ResultEntity(in TraversalResult result, OutputField field) => new(result.Node);

        public IReadOnlyList<EntityRow> ResultEntities(in TraversalResult result, TraversalEntitiesField field) => result.Nodes;

        public IReadOnlyList<int> ResultRelationships(in TraversalResult result, TraversalRelationshipsField field) => result.Relationships;

        public bool TryResultRelationship(in TraversalResult result, TraversalRelationshipsField field, out int relationship)
        {
            relationship = result.Relationship;
            return relationship >= 0;
        }
    }
}
