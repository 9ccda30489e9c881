using CoopGraph.GraphQL.Schema.Meanings;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    private ObjectGraphType BuildQuery()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(Field("node", _node, new StructureMeaning(StructureKind.NodeLookup), "Any entity by id, which reads label:key (\"province:quang-nam\"); null when no entity has it.", new QueryArguments(Argument("id", NonNull(new IdGraphType())))));
        query.AddField(Field(
            "nodes",
            NonNull(ListOf(_node)),
            new StructureMeaning(StructureKind.NodesLookup),
            "Entities by id (label:key, as \"province:quang-nam\"), in the order given; null where no entity has the id.",
            new QueryArguments(Argument("ids", NonNull(ListOf(NonNull(new IdGraphType())))))));
        query.AddField(Field(
            "search",
            NonNullListOfNonNull(_searchHit),
            new StructureMeaning(StructureKind.Search),
            "Finds entities whose names, titles or descriptions match, folding case and diacritics; exact and prefix matches rank first.",
            new QueryArguments(
                Argument("text", NonNull(new StringGraphType())),
                Argument("labels", ListOf(NonNull(new StringGraphType()))),
                Argument("first", new IntGraphType(), 20))));

        var cypherResult = new ObjectGraphType { Name = "CypherResult", Description = "The answer of a read-only Cypher statement." };
        cypherResult.AddField(Field("columns", NonNullListOfNonNull(new StringGraphType()), new StructureMeaning(StructureKind.CypherColumns)));
        cypherResult.AddField(Field("rows", NonNullListOfNonNull(_json), new StructureMeaning(StructureKind.CypherRows), "Each row as an object keyed by column."));
        query.AddField(Field(
            "cypher",
            cypherResult,
            new StructureMeaning(StructureKind.Cypher),
            $"Runs a read-only Cypher statement (Neo4j store only, when CoopGraph:Api:RawCypher is on), at most {_limits.RawCypherMaxRows} rows.",
            new QueryArguments(Argument("statement", NonNull(new StringGraphType())), Argument("parameters", _json))));
        AddTraversalFields(query);
        AddModelField(query);
        foreach (var label in _model.Labels)
        {
            query.AddField(Field(
                ApiNames.Connection(label),
                NonNull(RootConnection(label)),
                new RootConnectionMeaning(label),
                $"{label.Name} entities: filter, sort, page.",
                PagingArguments(FilterInputFor(label.Name), SortInputFor(label.Name))));
            query.AddField(Field(
                ApiNames.Lookup(label),
                _objects[label],
                new RootLookupMeaning(label),
                $"{ApiNames.Article(label.Name)} {label.Name} by id (\"{label.IdPrefix}:...\").",
                new QueryArguments(Argument("id", NonNull(new IdGraphType())))));
        }

        return query;
    }
}
