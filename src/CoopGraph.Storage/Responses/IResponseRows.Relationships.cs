using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>Relationships, and the provenance lists of entities, relationships and edges.</summary>
public partial interface IResponseRows<TEntity, TRelationship, TPage, TSources, TResult>
{
    string? RelationshipId(in TRelationship relationship, OutputField field);

    string TypeName(in TRelationship relationship);

    /// <summary>The relationship's type in the model; null when the model has no such type (it has no properties then).</summary>
    RelationshipType? Type(in TRelationship relationship);

    /// <summary>One property of the relationship's <c>properties</c> object (<paramref name="field"/>); null when it has none.</summary>
    object? RelationshipPropertiesEntry(in TRelationship relationship, OutputField field, PropertyDefinition property);

    TEntity End(in TRelationship relationship, RelationshipEndField field);

    TSources RelationshipSources(in TRelationship relationship, SourcesField field);

    /// <summary>The relationship's stamp; <see cref="FactStamp.Unrecorded"/> when the store kept none for it.</summary>
    FactStamp RelationshipStamp(in TRelationship relationship, StampField field);

    IReadOnlyList<SourceRef> References(in TSources sources);

    /// <summary>The Source entity a reference names; none when it does not exist (written as null).</summary>
    TEntity SourceEntity(in TSources sources, SourceRef reference, SourceRefSourceField field);
}
