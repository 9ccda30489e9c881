using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// <c>rank</c>: every algorithm scores the whole graph of the types, read in both directions, as the
/// embedded store does (a relationship counts at both ends, a self-loop twice at its node), then lists
/// the entities of the labels, highest score first, ties by id. "The whole graph" is the model's labels:
/// the store's version node is no entity. Cypher matches an undirected self-loop once, so every
/// count and neighbour list here is built from the two directed patterns instead.
/// </summary>
internal sealed partial class Neo4jPlanTranslator
{
    private string Rank(RankField field)
    {
        if (field.Labels is { Count: 0 })
        {
            return "[]";
        }

        var types = RankedTypes(field.Types);
        return field.Algorithm switch
        {
            // The embedded store counts degrees without building its ranking graph, so no graph limit applies.
            RankAlgorithm.Degree => DegreeRank(field, types),
            RankAlgorithm.PageRank => RankGraphLimits(field, types, PageRankRank(field, types)),
            _ => RankGraphLimits(field, types, BetweennessLimits(field, BetweennessRank(field, types))),
        };
    }

    /// <summary>The type expression of a ranking's relationships, and a condition refusing every one when the list of types is empty.</summary>
    private static (string Expression, string Where) RankedTypes(IReadOnlyList<RelationshipType>? types) => types switch
    {
        null => (string.Empty, string.Empty),
        { Count: 0 } => (string.Empty, " WHERE false"),
        _ => (TypeExpression(types), string.Empty),
    };

    private string DegreeRank(RankField field, (string Expression, string Where) types)
    {
        var degree = $"COUNT {{ {Arrow("entity", string.Empty, types.Expression, RelationshipDirection.Out, string.Empty)}{types.Where} }} "
            + $"+ COUNT {{ {Arrow("entity", string.Empty, types.Expression, RelationshipDirection.In, string.Empty)}{types.Where} }}";
        return $"COLLECT {{ MATCH (entity{LabelExpression(field.Labels ?? _model.Labels)}) WITH entity, {degree} AS score "
            + RankedRows(field);
    }

    /// <summary>
    /// PageRank by power iteration, as <c>PageRank.Compute</c> of the embedded store, in the same order of
    /// floating-point operations, so both give the same bits: entities numbered in id order, each one's
    /// neighbour indexes ascending (one per relationship end, collected by grouping rows (neighbour, index);
    /// a marker row with a null index gives every entity its group, and collect skips nulls), then
    /// <c>reduce</c> over the iterations. A value used twice in an iteration is bound once by
    /// <c>[v IN [expression] | body][0]</c>.
    /// </summary>
    private string PageRankRank(RankField field, (string Expression, string Where) types)
    {
        var (iterations, damping) = (Parameter((long)field.Limits.PageRankIterations), Parameter(field.Limits.PageRankDamping));
        var outgoing = $"[{Arrow("y", string.Empty, types.Expression, RelationshipDirection.Out, "z")}{types.Where} | [z, j]]";
        var incoming = $"[{Arrow("y", string.Empty, types.Expression, RelationshipDirection.In, "z")}{types.Where} | [z, j]]";
        var share = "[i IN range(0, n - 1) | CASE size(adjacency[i]) WHEN 0 THEN 0.0 ELSE ranks[i] / size(adjacency[i]) END]";
        var teleport = $"(1 - {damping}) / n + {damping} * reduce(dangling = 0.0, i IN range(0, n - 1) | CASE size(adjacency[i]) WHEN 0 THEN dangling + ranks[i] ELSE dangling END) / n";
        var next = $"[i IN range(0, n - 1) | teleport + {damping} * reduce(total = 0.0, t IN adjacency[i] | total + share[t])]";
        var iteration = $"[share IN [{share}] | [teleport IN [{teleport}] | {next}][0]][0]";
        return $"COLLECT {{ MATCH (y{LabelExpression(_model.Labels)}) WITH y ORDER BY y.{IdKey} "
            + "WITH collect(y) AS byId "
            + "UNWIND range(0, size(byId) - 1) AS j "
            + "WITH byId[j] AS y, j "
            + $"UNWIND [[y, null]] + {outgoing} + {incoming} AS pair "
            + "WITH pair[0] AS x, pair[1] AS k ORDER BY k "
            + $"WITH x, collect(k) AS neighbours ORDER BY x.{IdKey} "
            + "WITH collect(x) AS byId, collect(neighbours) AS adjacency "
            + "WITH byId, adjacency, size(byId) AS n WHERE n > 0 "
            + $"WITH byId, n, reduce(ranks = [i IN range(0, n - 1) | 1.0 / n], iteration IN range(1, {iterations}) | {iteration}) AS scores "
            + "UNWIND range(0, n - 1) AS i "
            + "WITH byId[i] AS entity, scores[i] AS score"
            + (field.Labels is { } labels ? $" WHERE entity{LabelExpression(labels)} " : " ")
            + "WITH entity, score "
            + RankedRows(field);
    }

    /// <summary>
    /// Exact betweenness by its definition rather than Brandes' algorithm, which Cypher cannot express:
    /// over each unordered pair (s, t), the share of the shortest s–t paths through each entity between
    /// them. <c>ALL SHORTEST</c> yields each shortest path once per sequence of relationships, so parallel
    /// relationships are distinct paths, and a shortest path never holds a self-loop. Scores are rounded
    /// as <see cref="RankScores"/> says, so that ties break alike on both stores.
    /// </summary>
    private string BetweennessRank(RankField field, (string Expression, string Where) types)
    {
        var everything = LabelExpression(_model.Labels);
        return $"COLLECT {{ MATCH (s{everything}) MATCH (t{everything}) WHERE s.{IdKey} < t.{IdKey} "
            + $"MATCH p = ALL SHORTEST (s)-[{types.Expression}]-+(t){types.Where} "
            + "WITH s, t, collect(nodes(p)) AS routes "
            + "UNWIND routes AS route "
            + "UNWIND route[1..-1] AS v "
            + "WITH v, s, t, size(routes) AS pathCount, count(*) AS through "
            + "WITH v, sum(toFloat(through) / pathCount) AS score "
            + "WITH collect(v) AS onPaths, collect(score) AS scores "
            + $"MATCH (entity{LabelExpression(field.Labels ?? _model.Labels)}) "
            + "WITH entity, round(round(coalesce(head([i IN range(0, size(onPaths) - 1) WHERE onPaths[i] = entity | scores[i]]), 0.0), "
            + $"{Parameter((long)RankScores.BetweennessFirstDecimals)}), {Parameter((long)RankScores.BetweennessDecimals)}) AS score "
            + RankedRows(field);
    }

    /// <summary>The ranking's order and cut, and each row as a RankedEntity map of <c>entity</c> and <c>score</c>.</summary>
    private string RankedRows(RankField field)
    {
        var row = TraversalMap(field.Fields, value => value switch
        {
            TraversalValue.Score => "score",
            TraversalValue.Node => "entity",
            _ => throw new PlanExecutionException("INTERNAL", $"A RankedEntity has no {value}."),
        });
        return $"ORDER BY score DESC, entity.{IdKey} LIMIT {Parameter((long)field.First)} RETURN {row} }}";
    }

    /// <summary>
    /// <paramref name="ranking"/>, or the embedded store's refusal of a graph over MaxRankRelationships. It
    /// indexes its rows by int, so it also refuses past half of int.MaxValue relationships whatever the limit.
    /// </summary>
    private string RankGraphLimits(RankField field, (string Expression, string Where) types, string ranking)
    {
        var threshold = Math.Min(field.Limits.MaxRankRelationships, int.MaxValue / 2);
        var relationships = $"COUNT {{ {Arrow(string.Empty, string.Empty, types.Expression, RelationshipDirection.Out, string.Empty)}{types.Where} }}";
        return $"CASE WHEN {relationships} > {Parameter(threshold)} "
            + $"THEN {LimitExceeded(TraversalLimits.RankRelationshipsExceeded(field.Limits.MaxRankRelationships))} ELSE {ranking} END";
    }

    /// <summary>
    /// <paramref name="ranking"/>, or a refusal when the graph has more entities than exact betweenness may
    /// run over on Neo4j, or more than the embedded store computes exactly (it samples above that, and a
    /// sample is not reproduced here).
    /// </summary>
    private string BetweennessLimits(RankField field, string ranking)
    {
        var limits = field.Limits;
        var entities = Fresh("entities");

        // The entities are counted once and the count bound, rather than counted again in each test.
        // The embedded store samples when n > BetweennessExactThreshold and BetweennessSamples < n.
        var sampled = $"{entities} > {Parameter((long)limits.BetweennessExactThreshold)} AND {entities} > {Parameter((long)limits.BetweennessSamples)}";
        return $"[{entities} IN [COUNT {{ (x{LabelExpression(_model.Labels)}) }}] | CASE WHEN {entities} > {Parameter((long)_limits.CypherBetweennessMaxEntities)} "
            + $"THEN {LimitExceeded($"Betweenness on Neo4j is exact over every pair of entities, and the graph has more than {_limits.CypherBetweennessMaxEntities} (limit CypherBetweennessMaxEntities).")} "
            + $"WHEN {sampled} "
            + $"THEN {LimitExceeded($"Above {limits.BetweennessExactThreshold} entities betweenness is a sampled estimate, which Neo4j does not compute (limit BetweennessExactThreshold).")} "
            + $"ELSE {ranking} END][0]";
    }
}
