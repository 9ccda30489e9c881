using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Responses;

/// <summary>
/// Root fields that answer with lists the store computes (lookups, search hits, traversals), and the
/// parts of a result. The store runs its own algorithms; it hands over their outcome in answer order.
/// </summary>
public partial interface IResponseRows<TEntity, TRelationship, TPage, TSources, TResult>
{
    /// <summary>One entry per id, in the order given; none where no entity has that id.</summary>
    IReadOnlyList<TEntity> Lookup(LookupListField field);

    /// <summary>One entry per relationship id, in the order given; one for which <see cref="IsRelationship"/> is false where none has it.</summary>
    IReadOnlyList<TRelationship> RelationshipLookup(RelationshipLookupField field);

    bool IsRelationship(in TRelationship relationship);

    IReadOnlyList<TResult> SearchHits(SearchField field);

    /// <summary>The paths found; for a shortest path at most one, and none when there is no path (written as null).</summary>
    IReadOnlyList<TResult> Paths(PathsField field);

    TResult Subgraph(NeighbourhoodField field);

    IReadOnlyList<TEntity> Reachable(ReachableField field);

    IReadOnlyList<TEntity> CommonNeighbours(CommonNeighboursField field);

    IReadOnlyList<TResult> Ranked(RankField field);

    IReadOnlyList<TResult> Timeline(TimelineField field);

    double SearchScore(in TResult hit, SearchScoreField field);

    /// <summary>A scalar of a result (length, truncated, score, date, description) as a stored value.</summary>
    object? Scalar(in TResult result, TraversalScalarField field);

    /// <summary>The one entity of a result (a search hit's node, a ranked or dated entity).</summary>
    TEntity ResultEntity(in TResult result, OutputField field);

    /// <summary>The entities of a path or subgraph.</summary>
    IReadOnlyList<TEntity> ResultEntities(in TResult result, TraversalEntitiesField field);

    /// <summary>The relationships of a path or subgraph.</summary>
    IReadOnlyList<TRelationship> ResultRelationships(in TResult result, TraversalRelationshipsField field);

    /// <summary>The one relationship of a result (a dated relationship's); false when it has none (written as null).</summary>
    bool TryResultRelationship(in TResult result, TraversalRelationshipsField field, out TRelationship relationship);
}
