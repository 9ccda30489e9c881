using System.Globalization;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Neighbourhoods and common neighbours (timelines: <c>Neo4jPlanTranslator.Timeline.cs</c>), with the embedded store's canonical answers: a
/// neighbourhood keeps the nearest entities, then the lowest ids, and the relationships followed
/// among those by id; common neighbours are ordered by id. A null types list means every type of
/// the model (so nothing outside the model is followed); an empty one follows nothing.
/// </summary>
internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// The distances come from <c>SHORTEST 1</c> with the end left open (one shortest path per
    /// entity reached; every entity after the centre needs an allowed label), sorted by distance,
    /// then id, one more than fits to tell a cut; then the relationships followed from the kept
    /// entities short of the depth back into them, sorted by id, one more than fits again.
    /// </summary>
    private string Neighbourhood(NeighbourhoodField field)
    {
        var centre = NameEntity(field.Id);
        var filter = field.Filter;
        var (c, reached, kept, cut, nodes, followed) = (Fresh("c"), Fresh("reached"), Fresh("kept"), Fresh("cut"), Fresh("nodes"), Fresh("followed"));
        var limit = Parameter((long)field.Limit);
        var beyond = Parameter((long)field.Limit + 1);
        var types = TypeExpression(filter.Types ?? _model.RelationshipTypes);
        var followsAny = filter.Types is not { Count: 0 };
        var (node, distance) = (Key("n"), Key("d"));

        var found = "[]";
        if (followsAny && field.Depth > 0 && filter.Labels is not { Count: 0 })
        {
            var (path, end, length) = (Fresh("p"), Fresh("n"), Fresh("d"));
            var step = Arrow(string.Empty, string.Empty, types, filter.Direction, filter.Labels is null ? string.Empty : LabelExpression(filter.Labels));
            var depth = field.Depth.ToString(CultureInfo.InvariantCulture);
            found = $"COLLECT {{ MATCH {path} = SHORTEST 1 ({c})({step}){{1,{depth}}}({end}) WHERE {end} <> {c} "
                + $"WITH {end}, length({path}) AS {length} ORDER BY {length}, {end}.{IdKey} LIMIT {limit} "
                + $"RETURN {{{node}: {end}, {distance}: {length}}} }}";
        }

        var relationships = "[]";
        if (followsAny && field.Depth > 0)
        {
            var (entry, from, relationship, to) = (Fresh("k"), Fresh("u"), Fresh("r"), Fresh("v"));
            relationships = $"COLLECT {{ UNWIND [{entry} IN {kept} WHERE {entry}.{distance} < {Parameter((long)field.Depth)} | {entry}.{node}] AS {from} "
                + $"MATCH {Arrow(from, relationship, types, filter.Direction, to)} WHERE {to} IN {nodes} "
                + $"WITH DISTINCT {relationship} ORDER BY {relationship}.{IdKey} LIMIT {beyond} RETURN {relationship} }}";
        }

        var subgraph = TraversalMap(field.Fields, part => part switch
        {
            TraversalValue.Nodes => nodes,
            TraversalValue.Relationships => $"{followed}[0..{limit}]",
            TraversalValue.Length => $"size({followed}[0..{limit}])",
            TraversalValue.Truncated => $"({cut} OR size({followed}) > {limit})",
            _ => throw NotTranslated(field),
        });
        var each = Fresh("k");
        var value = $"head(COLLECT {{ MATCH {centre.Pattern(c)} "
            + $"WITH {c}, [{{{node}: {c}, {distance}: 0}}] + {found} AS {reached} "
            + $"WITH {reached}[0..{limit}] AS {kept}, size({reached}) > {limit} AS {cut} "
            + $"WITH {kept}, {cut}, [{each} IN {kept} | {each}.{node}] AS {nodes} "
            + $"WITH {nodes}, {cut}, {relationships} AS {followed} "
            + $"RETURN {subgraph} }})";
        return RequireEntities(value, centre);
    }

    /// <summary>Entities next to both (either direction), neither of them, by id; the second adjacency is an existence test, so a = b needs no second relationship.</summary>
    private string CommonNeighbours(CommonNeighboursField field)
    {
        var (a, b) = (NameEntity(field.A), NameEntity(field.B));
        if (field.Types is { Count: 0 })
        {
            return RequireEntities("[]", a, b);
        }

        var (first, second, common) = (Fresh("a"), Fresh("b"), Fresh("m"));
        var types = TypeExpression(field.Types ?? _model.RelationshipTypes);
        var value = $"COLLECT {{ MATCH {a.Pattern(first)} MATCH {b.Pattern(second)} "
            + $"MATCH {Arrow(first, string.Empty, types, RelationshipDirection.Both, common)} "
            + $"WHERE {common} <> {first} AND {common} <> {second} AND EXISTS {{ {Arrow(common, string.Empty, types, RelationshipDirection.Both, second)} }} "
            + $"WITH DISTINCT {common} ORDER BY {common}.{IdKey} LIMIT {Parameter((long)field.Limits.MaxSubgraphSize)} "
            + $"RETURN {Projection(common, field.Projection)} }}";
        return RequireEntities(value, a, b);
    }
}
