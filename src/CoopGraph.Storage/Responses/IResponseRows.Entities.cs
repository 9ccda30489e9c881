using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>Entities, their values and the fields that read from an entity as their parent.</summary>
public partial interface IResponseRows<TEntity, TRelationship, TPage, TSources, TResult>
{
    /// <summary>The entity's label; null when there is no entity or its label is unknown (both written as null).</summary>
    NodeType? Label(in TEntity entity, EntityProjection projection);

    string? Id(in TEntity entity, OutputField field);

    string DisplayName(in TEntity entity, NodeType label, OutputField field);

    object? Property(in TEntity entity, PropertyField field);

    /// <summary>One property of the entity's <c>properties</c> object (<paramref name="field"/>); null when it has none.</summary>
    object? PropertiesEntry(in TEntity entity, OutputField field, PropertyDefinition property);

    TSources EntitySources(in TEntity entity, SourcesField field);

    /// <summary>The entity's stamp; <see cref="FactStamp.Unrecorded"/> when the store kept none for it.</summary>
    FactStamp EntityStamp(in TEntity entity, StampField field);

    /// <summary>The entity of a single-entity field; false when there is none.</summary>
    bool TryFirst(in TEntity parent, EntityField field, out TEntity entity);

    /// <summary>The parent's id for the error of a required to-one field that found nothing; null when the store does not know it.</summary>
    string? OwnerId(in TEntity parent);

    IReadOnlyList<TEntity> EntityList(in TEntity parent, EntityListField field);

    IReadOnlyList<TRelationship> RelationshipList(in TEntity parent, RelationshipListField field);

    TPage Connection(in TEntity parent, ConnectionField field);
}
