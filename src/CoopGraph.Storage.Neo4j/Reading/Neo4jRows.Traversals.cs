using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Root lists: the statement returns each Path, Subgraph, RankedEntity, TimelineEntry and search hit as a map
/// keyed by response names; a traversal that could not run says why in place of its value.
/// </summary>
internal readonly partial struct Neo4jRows
{
    public IReadOnlyList<object?> Lookup(LookupListField field)
    {
        var pairs = data?.GetValueOrDefault(field.ResponseName);
        return field.Ids.Select(id => ById(pairs, id)).ToList();
    }

    public IReadOnlyList<object?> RelationshipLookup(RelationshipLookupField field)
    {
        var pairs = data?.GetValueOrDefault(field.ResponseName);
        return field.Ids.Select(id => ById(pairs, id)).ToList();
    }

    public bool IsRelationship(in object? relationship) => relationship is not null;

    public IReadOnlyList<IReadOnlyDictionary<string, object?>?> SearchHits(SearchField field) =>
        List(data?.GetValueOrDefault(field.ResponseName)).Select(hit => (IReadOnlyDictionary<string, object?>?)Map(hit)).ToList();

    public IReadOnlyList<IReadOnlyDictionary<string, object?>?> Paths(PathsField field) =>
        field.Search == PathSearch.Shortest ? [TraversalValue(field) as IReadOnlyDictionary<string, object?>] : Results(field);

    public IReadOnlyDictionary<string, object?>? Subgraph(NeighbourhoodField field) => TraversalValue(field) as IReadOnlyDictionary<string, object?>;

    public IReadOnlyList<object?> Reachable(ReachableField field) => List(TraversalValue(field));

    public IReadOnlyList<object?> CommonNeighbours(CommonNeighboursField field) => List(TraversalValue(field));

    public IReadOnlyList<IReadOnlyDictionary<string, object?>?> Ranked(RankField field) => Results(field);

    public IReadOnlyList<IReadOnlyDictionary<string, object?>?> Timeline(TimelineField field) => Results(field);

    public double SearchScore(in IReadOnlyDictionary<string, object?>? hit, SearchScoreField field) =>
        hit?.GetValueOrDefault(field.ResponseName) switch { double d => d, long l => l, _ => 0 };

    public object? Scalar(in IReadOnlyDictionary<string, object?>? result, TraversalScalarField field) => Value(result, field);

    public object? ResultEntity(in IReadOnlyDictionary<string, object?>? result, OutputField field) => Value(result, field);

    public IReadOnlyList<object?> ResultEntities(in IReadOnlyDictionary<string, object?>? result, TraversalEntitiesField field) => List(Value(result, field));

    public IReadOnlyList<object?> ResultRelationships(in IReadOnlyDictionary<string, object?>? result, TraversalRelationshipsField field) =>
        List(Value(result, field));

    public bool TryResultRelationship(in IReadOnlyDictionary<string, object?>? result, TraversalRelationshipsField field, out object? relationship)
    {
        relationship = Value(result, field);
        return relationship is IReadOnlyDictionary<string, object?>;
    }

    /// <summary>A list of results; an item that is not a map is written as null.</summary>
    private List<IReadOnlyDictionary<string, object?>?> Results(OutputField field) =>
        List(TraversalValue(field)).Select(item => item as IReadOnlyDictionary<string, object?>).ToList();

    /// <summary>The traversal's value, or the error the statement put in its place: an entity the request names is missing, or a limit was exceeded.</summary>
    private object? TraversalValue(OutputField field)
    {
        var value = data?.GetValueOrDefault(field.ResponseName);
        if (value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault(ResponseKeys.MissingEntity) is string missing)
        {
            throw MissingEntity.Error(missing);
        }

        if (value is IReadOnlyDictionary<string, object?> refusal && refusal.GetValueOrDefault(ResponseKeys.LimitExceeded) is string limit)
        {
            throw new PlanExecutionException("LIMIT_EXCEEDED", limit);
        }

        return value;
    }
}
