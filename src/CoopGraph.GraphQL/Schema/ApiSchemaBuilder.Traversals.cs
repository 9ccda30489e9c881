using CoopGraph.Planning.Traversals;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    /// <summary>Root fields for researchers' traversals (paths, neighbourhoods, rankings, timelines).</summary>
    private void AddTraversalFields(ObjectGraphType query)
    {
        var path = new ObjectGraphType { Name = "Path", Description = "A walk through the graph: nodes in order, one more than its relationships." };
        path.AddField(Part("length", NonNull(new IntGraphType()), TraversalValue.Length, "Number of relationships."));
        path.AddField(Part("nodes", NonNullListOfNonNull(_entity), TraversalValue.Nodes, "The entities in walking order, from the start to the end."));
        path.AddField(Part("relationships", NonNullListOfNonNull(_relationship), TraversalValue.Relationships, "The relationships in walking order; each keeps its own start and end."));

        var subgraph = new ObjectGraphType { Name = "Subgraph", Description = "Entities around a centre and the relationships followed between them." };
        subgraph.AddField(Part("nodes", NonNullListOfNonNull(_entity), TraversalValue.Nodes, "The centre first, then by distance, then by id."));
        subgraph.AddField(Part("relationships", NonNullListOfNonNull(_relationship), TraversalValue.Relationships, "Ordered by id."));
        subgraph.AddField(Part("truncated", NonNull(new BooleanGraphType()), TraversalValue.Truncated, "True when the limit cut the subgraph short."));

        var ranked = new ObjectGraphType { Name = "RankedEntity" };
        ranked.AddField(Part("score", NonNull(new FloatGraphType()), TraversalValue.Score));
        ranked.AddField(Part("node", NonNull(_entity), TraversalValue.Node));

        var entry = new ObjectGraphType { Name = "TimelineEntry", Description = "A dated fact: one entry per entity or relationship and date, however many of its properties hold that date." };
        entry.AddField(Part("date", NonNull(_partialDate), TraversalValue.Date));
        entry.AddField(Part("entity", NonNull(_entity), TraversalValue.Entity, "The entity the date belongs to (for a relationship's date, its start)."));
        entry.AddField(Part("relationship", _relationship, TraversalValue.Relationship, "The relationship the date belongs to, when it is one's."));
        entry.AddField(Part(
            "description",
            NonNull(new StringGraphType()),
            TraversalValue.Description,
            "What is dated, by which properties, and the date: \"Talks: startDate and endDate 2023-11-16\" for an event that starts and ends that day."));

        var algorithm = new EnumerationGraphType { Name = "RankAlgorithm", Description = "How rank scores entities; all read relationships in both directions." };
        algorithm.Add("DEGREE", RankAlgorithm.Degree, "Number of relationships.");
        algorithm.Add("PAGERANK", RankAlgorithm.PageRank, "PageRank with the configured iterations and damping.");
        algorithm.Add("BETWEENNESS", RankAlgorithm.Betweenness, "Betweenness centrality, not normalised: summed over every unordered pair of other entities, the fraction of their shortest paths (relationships in either direction) that pass through this entity, so a score can exceed 1 and grows with the graph (divide by (n-1)(n-2)/2 for a share). Rounded to nine decimal places; exact on small graphs, estimated from sampled sources on large ones (the Neo4j store computes the exact value only).");
        _extraTypes.AddRange([path, subgraph, ranked, entry, algorithm]);

        query.AddField(Root("shortestPath", path, TraversalRoot.ShortestPath, "A shortest path between two entities, or null when none is within maxDepth.", PathArguments(6)));
        query.AddField(Root(
            "allShortestPaths",
            NonNullListOfNonNull(path),
            TraversalRoot.AllShortestPaths,
            "Every shortest path between two entities, up to first.",
            PathArguments(6, Argument("first", new IntGraphType(), 10))));
        query.AddField(Root(
            "paths",
            NonNullListOfNonNull(path),
            TraversalRoot.Paths,
            "Simple paths (no entity twice) between two entities, shortest first; with a pattern, only paths whose relationships match it.",
            PathArguments(4, Argument("first", new IntGraphType(), 20), Argument("pattern", new StringGraphType()))));
        query.AddField(Root(
            "neighbourhood",
            NonNull(subgraph),
            TraversalRoot.Neighbourhood,
            "Entities up to depth relationships away and the relationships followed; at most limit of each.",
            new QueryArguments(
                Argument("id", NonNull(new IdGraphType())),
                Argument("depth", new IntGraphType(), 1),
                TypesArgument(),
                ExcludeTypesArgument(),
                LabelsArgument("Entities that may be included (the centre always is)."),
                ExcludeLabelsArgument("Labels of the entities left out (the centre never is); taken out of labels when both are given."),
                Argument("direction", _direction, "BOTH"),
                Argument("limit", new IntGraphType(), 500))));
        query.AddField(Root(
            "reachable",
            NonNullListOfNonNull(_entity),
            TraversalRoot.Reachable,
            "Entities at the end of a path from the start that matches the pattern, nearest first, then by id. "
            + "Pattern: TYPE> forwards, <TYPE backwards, TYPE either way, '.' any type, ',' sequence, '|' choice, * + ? {m,n} repetition, parentheses group.",
            new QueryArguments(
                Argument("from", NonNull(new IdGraphType())),
                Argument("pattern", NonNull(new StringGraphType())),
                LabelsArgument("Labels of the entities returned."),
                ExcludeLabelsArgument("Labels of the entities not returned (the pattern still passes through them); taken out of labels when both are given."),
                Argument("first", new IntGraphType(), 100))));
        query.AddField(Root(
            "commonNeighbours",
            NonNullListOfNonNull(_entity),
            TraversalRoot.CommonNeighbours,
            "Entities one relationship away (either direction) from both a and b, ordered by id.",
            new QueryArguments(Argument("a", NonNull(new IdGraphType())), Argument("b", NonNull(new IdGraphType())), TypesArgument(), ExcludeTypesArgument())));
        query.AddField(Root(
            "rank",
            NonNullListOfNonNull(ranked),
            TraversalRoot.Rank,
            "Entities of the labels ranked over the relationships of the types (both directions), highest first, ties by id.",
            new QueryArguments(
                LabelsArgument("Labels of the entities ranked; the whole graph of the types is scored."),
                ExcludeLabelsArgument("Labels of the entities not listed (they are still scored, and count in the others' scores); taken out of labels when both are given."),
                TypesArgument(),
                ExcludeTypesArgument(),
                Argument("algorithm", algorithm, RankAlgorithm.Degree),
                Argument("first", new IntGraphType(), 10))));
        query.AddField(Root(
            "timeline",
            NonNullListOfNonNull(entry),
            TraversalRoot.Timeline,
            "Dated facts (agreements signed, events, historical ties, positions held, investments, partnerships) in date order; "
            + "with id, those about that entity. A partial date covers its whole span: to: \"2023\" includes 2023-12-31.",
            new QueryArguments(
                Argument("id", new IdGraphType()),
                Argument("from", _partialDate),
                Argument("to", _partialDate),
                Argument("first", new IntGraphType(), 100))));
    }

    private QueryArguments PathArguments(int maxDepth, params QueryArgument[] more)
    {
        var arguments = new QueryArguments(
            Argument("from", NonNull(new IdGraphType())),
            Argument("to", NonNull(new IdGraphType())),
            Argument("maxDepth", new IntGraphType(), maxDepth),
            TypesArgument(),
            ExcludeTypesArgument(),
            LabelsArgument("Labels of the entities a path may pass through (its ends always may)."),
            ExcludeLabelsArgument("Labels of the entities a path may not pass through (its ends still may); taken out of labels when both are given."),
            Argument("direction", _direction, "BOTH"));
        foreach (var argument in more)
        {
            arguments.Add(argument);
        }

        return arguments;
    }

    private static QueryArgument TypesArgument() => Argument("types", ListOf(NonNull(new StringGraphType())), description: "Relationship types to follow; all when omitted.");

    private static QueryArgument ExcludeTypesArgument() => Argument("excludeTypes", ListOf(NonNull(new StringGraphType())), description: ExcludeTypesDescription);

    private static QueryArgument LabelsArgument(string description) => Argument("labels", ListOf(NonNull(new StringGraphType())), description: description);

    private static QueryArgument ExcludeLabelsArgument(string description) => Argument("excludeLabels", ListOf(NonNull(new StringGraphType())), description: description);

    private static FieldType Root(string name, IGraphType type, TraversalRoot root, string description, QueryArguments arguments) =>
        Field(name, type, new TraversalRootMeaning(root), description, arguments);

    private static FieldType Part(string name, IGraphType type, TraversalValue value, string? description = null) =>
        Field(name, type, new TraversalPartMeaning(value), description);
}
