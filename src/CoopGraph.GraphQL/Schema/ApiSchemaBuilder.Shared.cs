using CoopGraph.Planning.Fields;
using CoopGraph.GraphQL.Schema.Meanings;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    /// <summary>The one meaning of every excludeTypes argument; the model root field names the types it takes.</summary>
    private const string ExcludeTypesDescription =
        "Relationship types left out: taken out of types when both are given, out of every type when types is omitted (model { types { name } } lists them).";

    private void BuildSharedTypes()
    {
        _direction.Add("OUT", "OUT", "Relationships that start at the entity.");
        _direction.Add("IN", "IN", "Relationships that end at the entity.");
        _direction.Add("BOTH", "BOTH", "Relationships in either direction.");
        _sortEnum.Add("ASC", "ASC");
        _sortEnum.Add("DESC", "DESC");
        _extraTypes.AddRange([_json, _partialDate, _direction, _sortEnum, _node, _entity, _relationship, _sourceRef, _pageInfo, _searchHit]);

        // Interface fields carry no resolver: graphql-dotnet resolves through the concrete type.
        _node.AddField(WithoutResolver(Field("id", NonNull(new IdGraphType()), new StructureMeaning(StructureKind.Id))));
        _node.ResolveType = ResolveEntityType;
        _entity.ResolveType = ResolveEntityType;
        foreach (var field in EntityFields())
        {
            _entity.AddField(WithoutResolver(field));
        }

        _entity.AddResolvedInterface(_node);

        _sourceRef.AddField(Field("quote", new StringGraphType(), new StructureMeaning(StructureKind.SourceQuote), "The words of the source that support the fact."));
        _sourceRef.AddField(Field("inferred", NonNull(new BooleanGraphType()), new StructureMeaning(StructureKind.SourceInferred), "True when the source only implies the fact."));
        _sourceRef.AddField(Field("note", new StringGraphType(), new StructureMeaning(StructureKind.SourceNote), "How an inferred fact was inferred."));
        _sourceRef.AddField(Field(
            "verified",
            NonNull(new BooleanGraphType()),
            new StructureMeaning(StructureKind.SourceVerified),
            "True when the quote was found in the source's own text as the fact was written; false when the source carries no text (or there is no quote)."));

        _relationship.AddField(Field("id", NonNull(new IdGraphType()), new StructureMeaning(StructureKind.RelationshipId), "TYPE:startId:endId"));
        _relationship.AddField(Field("type", NonNull(new StringGraphType()), new StructureMeaning(StructureKind.RelationshipType)));
        _relationship.AddField(Field("start", NonNull(_entity), new StructureMeaning(StructureKind.RelationshipStart)));
        _relationship.AddField(Field("end", NonNull(_entity), new StructureMeaning(StructureKind.RelationshipEnd)));
        _relationship.AddField(Field("properties", NonNull(_json), new StructureMeaning(StructureKind.RelationshipProperties)));
        _relationship.AddField(Field("sources", NonNullListOfNonNull(_sourceRef), new StructureMeaning(StructureKind.Sources)));
        foreach (var field in StampFields())
        {
            _relationship.AddField(field);
        }

        _pageInfo.AddField(Field("hasNextPage", NonNull(new BooleanGraphType()), new StructureMeaning(StructureKind.HasNextPage)));
        _pageInfo.AddField(Field("hasPreviousPage", NonNull(new BooleanGraphType()), new StructureMeaning(StructureKind.HasPreviousPage)));
        _pageInfo.AddField(Field("startCursor", new StringGraphType(), new StructureMeaning(StructureKind.StartCursor)));
        _pageInfo.AddField(Field("endCursor", new StringGraphType(), new StructureMeaning(StructureKind.EndCursor)));

        _searchHit.AddField(Field("score", NonNull(new FloatGraphType()), new StructureMeaning(StructureKind.HitScore)));
        _searchHit.AddField(Field("node", NonNull(_entity), new StructureMeaning(StructureKind.HitNode)));
    }

    /// <summary>The stamp of every entity and relationship: optimistic concurrency and who did what, when.</summary>
    private static IEnumerable<FieldType> StampFields()
    {
        yield return Field("version", NonNull(new IntGraphType()), new StampMeaning(StampValue.Version),
            "1 when created, one more with every change; give it as expectedVersion to update only what you read.");
        yield return Field("createdAt", new DateTimeGraphType(), new StampMeaning(StampValue.CreatedAt), "Null for facts stored before the server kept times.");
        yield return Field("createdBy", new StringGraphType(), new StampMeaning(StampValue.CreatedBy), "The key, token subject or import that created the fact (seed for the seed).");
        yield return Field("updatedAt", new DateTimeGraphType(), new StampMeaning(StampValue.UpdatedAt));
        yield return Field("updatedBy", new StringGraphType(), new StampMeaning(StampValue.UpdatedBy));
    }

    private static FieldType WithoutResolver(FieldType field)
    {
        field.Resolver = null;
        return field;
    }

    /// <summary>The fields of the Entity interface; every label's object type repeats them.</summary>
    private IEnumerable<FieldType> EntityFields()
    {
        yield return Field("id", NonNull(new IdGraphType()), new StructureMeaning(StructureKind.Id), "The readable id, e.g. province:quang-nam.");
        yield return Field("label", NonNull(new StringGraphType()), new StructureMeaning(StructureKind.Label));
        yield return Field("displayName", NonNull(new StringGraphType()), new StructureMeaning(StructureKind.DisplayName));
        yield return Field("properties", NonNull(_json), new StructureMeaning(StructureKind.Properties), "Every stored property as one JSON object.");
        yield return Field("sources", NonNullListOfNonNull(_sourceRef), new StructureMeaning(StructureKind.Sources));
        foreach (var field in StampFields())
        {
            yield return field;
        }

        yield return Field(
            "relationships",
            NonNullListOfNonNull(_relationship),
            new StructureMeaning(StructureKind.Relationships),
            "Relationships of the entity, ordered by id.",
            new QueryArguments(
                Argument("types", ListOf(NonNull(new StringGraphType()))),
                ExcludeTypesArgument(),
                Argument("direction", _direction, "BOTH"),
                Argument("first", new IntGraphType(), 50)));
        yield return Field(
            "neighbours",
            NonNullListOfNonNull(_entity),
            new StructureMeaning(StructureKind.Neighbours),
            "Entities one relationship away, ordered by id.",
            new QueryArguments(
                Argument("types", ListOf(NonNull(new StringGraphType()))),
                ExcludeTypesArgument(),
                Argument("labels", ListOf(NonNull(new StringGraphType()))),
                ExcludeLabelsArgument("Labels of the neighbours left out; taken out of labels when both are given."),
                Argument("direction", _direction, "BOTH"),
                Argument("first", new IntGraphType(), 50)));
    }
}
