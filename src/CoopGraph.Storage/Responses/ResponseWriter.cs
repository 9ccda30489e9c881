using System.Text.Json;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Responses;

/// <summary>
/// Writes the response's <c>data</c> object for a plan from the rows a store produces, the same for every
/// store: fields in plan order, <c>__typename</c>, nulls (no entity, an unknown label), properties in
/// declaration order with missing ones left out, cursors, page info, and the traversal shapes. Generic over
/// the store's rows struct, so each store gets its own compiled copy without a virtual call per field.
/// </summary>
public sealed partial class ResponseWriter<TRows, TEntity, TRelationship, TPage, TSources, TResult>(TRows rows, Utf8JsonWriter writer)
    where TRows : struct, IResponseRows<TEntity, TRelationship, TPage, TSources, TResult>
{
    // Not readonly: a readonly struct field would be copied before every call on it.
#pragma warning disable IDE0044
    private TRows _rows = rows;
#pragma warning restore IDE0044

    public void WriteOperation(OperationPlan plan)
    {
        var root = _rows.Root;
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            writer.WritePropertyName(field.ResponseName);
            WriteRootField(field, root);
        }

        writer.WriteEndObject();
    }

    private void WriteRootField(OutputField field, in TEntity root)
    {
        switch (field)
        {
            case TypenameField typename:
                writer.WriteStringValue(typename.TypeName);
                break;
            case LookupListField list:
                WriteEntities(_rows.Lookup(list), list.Projection);
                break;
            case SearchField search:
                WriteSearch(search);
                break;
            case StoreQueryField query:
                _rows.WriteStoreQuery(query, writer);
                break;
            case ModelField model:
                WritePlanned(model.Value);
                break;
            case PathsField or NeighbourhoodField or ReachableField or CommonNeighboursField or RankField or TimelineField:
                WriteTraversal(field);
                break;
            default:
                WriteNested(field, root);
                break;
        }
    }

    /// <summary>Fields that read relative to a parent entity (the root's fields have the root as parent).</summary>
    private void WriteNested(OutputField field, in TEntity parent)
    {
        switch (field)
        {
            case EntityField single:
                if (_rows.TryFirst(parent, single, out var entity))
                {
                    WriteEntity(entity, single.Projection);
                }
                else if (single.MissingRequired(_rows.OwnerId(parent)) is { } missing)
                {
                    throw missing;
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case ConnectionField connection:
                WriteConnection(connection, _rows.Connection(parent, connection));
                break;
            case EntityListField list:
                WriteEntities(_rows.EntityList(parent, list), list.Projection);
                break;
            case RelationshipListField relationships:
                WriteRelationships(_rows.RelationshipList(parent, relationships), relationships.Fields, step: false);
                break;
            default:
                throw new PlanExecutionException("INTERNAL", $"The response writer cannot write a {field.GetType().Name} here.");
        }
    }

    private void WriteEntities(IReadOnlyList<TEntity> entities, EntityProjection projection)
    {
        writer.WriteStartArray();
        for (var i = 0; i < entities.Count; i++)
        {
            WriteEntity(entities[i], projection);
        }

        writer.WriteEndArray();
    }

    private void WriteRelationships(IReadOnlyList<TRelationship> relationships, IReadOnlyList<OutputField> fields, bool step)
    {
        writer.WriteStartArray();
        for (var i = 0; i < relationships.Count; i++)
        {
            if (step)
            {
                _rows.Step();
            }

            WriteRelationship(relationships[i], fields);
        }

        writer.WriteEndArray();
    }
}
