using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Output;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Responses;

/// <summary>
/// Writes the response's <c>data</c> object for a plan from the rows a store produces, the same for every
/// store: fields in plan order, <c>__typename</c>, nulls (no entity, an unknown label), properties in
/// declaration order with missing ones left out, cursors, page info, the traversal shapes, and field errors.
/// Generic over the store's rows struct, so each store gets its own compiled copy without a virtual call per field.
/// </summary>
/// <remarks>
/// A field error follows the GraphQL spec: the failed field, or the innermost field or list item above it that may be
/// null, is null, the error names the field's path, and the rest of the response is answered. The writer learns of an
/// error only once part of the response is written, so it writes the data again with that position null; the rows
/// are the same on every pass, so every pass writes the same answer up to the failed position.
/// </remarks>
public sealed partial class ResponseWriter<TRows, TEntity, TRelationship, TPage, TSources, TResult>(TRows rows, ResponseOutput output)
    where TRows : struct, IResponseRows<TEntity, TRelationship, TPage, TSources, TResult>
{
    /// <summary>
    /// Field errors one response reports at most; each costs a pass over the data, so past this many (a failing field
    /// under each of many list items) the data is null and these errors are what the response says.
    /// </summary>
    public const int MaxFieldErrors = 20;

    private readonly Utf8JsonWriter _writer = output.Writer;
    private readonly ResponsePath _path = new();

    // Not readonly: a readonly struct field would be copied before every call on it.
#pragma warning disable IDE0044
    private TRows _rows = rows;
#pragma warning restore IDE0044

    public void WriteOperation(OperationPlan plan)
    {
        while (true)
        {
            try
            {
                WriteData(plan);
                return;
            }
            catch (Exception e) when (_path.Depth > 0 && e is PlanExecutionException or FailedFieldException)
            {
                Report(e);
                if (output.Failures.Count >= MaxFieldErrors || !_path.NullInnermostNullable())
                {
                    output.WriteNullData();
                    return;
                }

                _path.Restart();
                output.Restart();
            }
        }
    }

    private void WriteData(OperationPlan plan)
    {
        var root = _rows.Root;
        _writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            _writer.WritePropertyName(field.ResponseName);
            if (Enter(field))
            {
                WriteRootField(field, root);
                _path.Leave();
            }
        }

        _writer.WriteEndObject();
    }

    private void Report(Exception error)
    {
        var path = _path.Segments();
        var site = _path.InnermostField()?.Site;
        var errors = error is FailedFieldException failed ? failed.Field.Errors : [(PlanExecutionException)error];
        foreach (var e in errors)
        {
            output.AddFailure(new FieldFailure(e.Code, e.Message, path, site));
        }
    }

    /// <summary>
    /// Enters a field before its value is written; false when the value is already written: null, at a position an
    /// earlier pass found an error under.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Enter(OutputField field)
    {
        _path.EnterField(field);
        if (_path.AtNulledField())
        {
            _writer.WriteNullValue();
            _path.Leave();
            return false;
        }

        if (field is FailedField failed)
        {
            Fail(failed);
        }

        return true;
    }

    // Out of line, so Enter, on every field, stays small enough to inline.
    [DoesNotReturn]
    private static void Fail(FailedField failed) => throw new FailedFieldException(failed);

    /// <summary>Moves to the next item of a list; false when the item is already written (as null, as <see cref="Enter"/> does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Item(int index)
    {
        if (_path.AtItem(index))
        {
            _writer.WriteNullValue();
            return false;
        }

        return true;
    }

    private void WriteRootField(OutputField field, in TEntity root)
    {
        switch (field)
        {
            case TypenameField typename:
                _writer.WriteStringValue(typename.TypeName);
                break;
            case LookupListField list:
                WriteEntities(_rows.Lookup(list), list.Projection);
                break;
            case RelationshipLookupField lookup:
                WriteFoundRelationships(_rows.RelationshipLookup(lookup), lookup.Fields);
                break;
            case SearchField search:
                WriteSearch(search);
                break;
            case StoreQueryField query:
                _rows.WriteStoreQuery(query, _writer);
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
                    _writer.WriteNullValue();
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
        _writer.WriteStartArray();
        _path.EnterList();
        for (var i = 0; i < entities.Count; i++)
        {
            if (Item(i))
            {
                WriteEntity(entities[i], projection);
            }
        }

        _path.Leave();
        _writer.WriteEndArray();
    }

    private void WriteFoundRelationships(IReadOnlyList<TRelationship> relationships, IReadOnlyList<OutputField> fields)
    {
        _writer.WriteStartArray();
        _path.EnterList();
        for (var i = 0; i < relationships.Count; i++)
        {
            if (!Item(i))
            {
                continue;
            }

            if (_rows.IsRelationship(relationships[i]))
            {
                WriteRelationship(relationships[i], fields);
            }
            else
            {
                _writer.WriteNullValue();
            }
        }

        _path.Leave();
        _writer.WriteEndArray();
    }

    private void WriteRelationships(IReadOnlyList<TRelationship> relationships, IReadOnlyList<OutputField> fields, bool step)
    {
        _writer.WriteStartArray();
        _path.EnterList();
        for (var i = 0; i < relationships.Count; i++)
        {
            if (step)
            {
                _rows.Step();
            }

            if (Item(i))
            {
                WriteRelationship(relationships[i], fields);
            }
        }

        _path.Leave();
        _writer.WriteEndArray();
    }
}
