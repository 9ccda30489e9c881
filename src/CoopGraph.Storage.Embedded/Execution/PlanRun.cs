using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>One run of one plan over one snapshot, writing the response's data object.</summary>
internal sealed partial class PlanRun(GraphSnapshot snapshot, Utf8JsonWriter writer, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 4096;
    private int _work;

    public void WriteOperation(OperationPlan plan)
    {
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            writer.WritePropertyName(field.ResponseName);
            WriteRootField(field);
        }

        writer.WriteEndObject();
    }

    /// <summary>An operation whose fields need no data (<c>{ __typename }</c>): no snapshot is opened.</summary>
    public static void WriteWithoutStore(OperationPlan plan, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            writer.WriteString(field.ResponseName, ((TypenameField)field).TypeName);
        }

        writer.WriteEndObject();
    }

    private void WriteRootField(OutputField field)
    {
        switch (field)
        {
            case TypenameField typename:
                writer.WriteStringValue(typename.TypeName);
                break;
            case LookupListField list:
                WriteLookupList(list);
                break;
            case SearchField search:
                WriteSearch(search);
                break;
            case StoreQueryField:
                throw new PlanExecutionException("BAD_USER_INPUT", "cypher needs the Neo4j store (CoopGraph:Store=Neo4j); the embedded store does not run Cypher.");
            default:
                if (!TryWriteTraversalField(field))
                {
                    WriteNestedField(field, Row.Of(-1));
                }

                break;
        }
    }

    /// <summary>Fields that read from a source relative to a parent row (root fields have no parent).</summary>
    private void WriteNestedField(OutputField field, Row parent)
    {
        switch (field)
        {
            case EntityField single:
                var first = FirstOf(single.Source, parent.Node);
                if (first is { } row)
                {
                    WriteEntity(row, single.Projection);
                }
                else if (single.MissingRequired(parent.Node >= 0 ? snapshot.GetNodeId(parent.Node) : null) is { } missing)
                {
                    throw missing;
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case ConnectionField connection:
                WriteConnection(connection, parent.Node);
                break;
            case EntityListField list:
                WriteEntityList(list, parent.Node);
                break;
            case RelationshipListField relationships:
                WriteRelationshipList(relationships, parent.Node);
                break;
            default:
                throw new PlanExecutionException("INTERNAL", $"The embedded store cannot run a {field.GetType().Name} here.");
        }
    }

    /// <param name="id">The entity's id when the caller has read it already (paging does), saving a second read.</param>
    private void WriteEntity(Row row, EntityProjection projection, string? id = null)
    {
        var label = snapshot.GetLabel(row.Node);
        var fields = projection.For(label);
        if (fields is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();

        // Indexed, not foreach: enumerating an IReadOnlyList boxes an enumerator per entity.
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            writer.WritePropertyName(field.ResponseName);
            WriteEntityField(field, row, label, id);
        }

        writer.WriteEndObject();
    }

    private void WriteEntityField(OutputField field, Row row, NodeType label, string? id)
    {
        switch (field)
        {
            case TypenameField typename:
                writer.WriteStringValue(typename.TypeName ?? label.Name);
                break;
            case EntityValueField { Value: EntityValue.Id }:
                writer.WriteStringValue(id ?? snapshot.GetNodeId(row.Node));
                break;
            case EntityValueField { Value: EntityValue.Label }:
                writer.WriteStringValue(label.Name);
                break;
            case EntityValueField { Value: EntityValue.DisplayName }:
                writer.WriteStringValue(DisplayName(row.Node, label, id));
                break;
            case EntityValueField { Value: EntityValue.Properties }:
                WritePropertiesObject(label.Properties, p => snapshot.GetProperty(row.Node, p));
                break;
            case PropertyField property:
                ValueJson.Write(writer, snapshot.GetProperty(row.Node, property.Property));
                break;
            case SourcesField sources:
                WriteSources(snapshot.GetNodeSources(row.Node), sources.Fields);
                break;
            default:
                WriteNestedField(field, row);
                break;
        }
    }

    private string DisplayName(int node, NodeType label, string? id) =>
        snapshot.GetProperty(node, label.Display) switch
        {
            null => id ?? snapshot.GetNodeId(node),
            string s => s,
            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };

    private void WritePropertiesObject(IReadOnlyList<PropertyDefinition> properties, Func<PropertyDefinition, object?> read)
    {
        writer.WriteStartObject();
        foreach (var p in properties)
        {
            if (read(p) is { } value)
            {
                writer.WritePropertyName(p.Name);
                ValueJson.Write(writer, value);
            }
        }

        writer.WriteEndObject();
    }

    private void WriteSources(IReadOnlyList<SourceRef> sources, IReadOnlyList<OutputField> fields)
    {
        writer.WriteStartArray();
        foreach (var source in sources)
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                writer.WritePropertyName(field.ResponseName);
                switch (field)
                {
                    case TypenameField typename:
                        writer.WriteStringValue(typename.TypeName);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Quote }:
                        ValueJson.Write(writer, source.Quote);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Inferred }:
                        writer.WriteBooleanValue(source.Inferred);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Note }:
                        ValueJson.Write(writer, source.Note);
                        break;
                    case SourceRefSourceField entity:
                        if (snapshot.TryFindNode(source.Source, out var node) && snapshot.IsVisible(node))
                        {
                            WriteEntity(Row.Of(node), entity.Projection);
                        }
                        else
                        {
                            writer.WriteNullValue();
                        }

                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void WriteLookupList(LookupListField list)
    {
        writer.WriteStartArray();
        foreach (var id in list.Ids)
        {
            if (Lookup(id, list.Labels) is { } node)
            {
                WriteEntity(Row.Of(node), list.Projection);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    private int? Lookup(string id, IReadOnlyList<NodeType> labels) =>
        snapshot.TryFindNode(id, out var node) && snapshot.IsVisible(node) && Contains(labels, snapshot.GetLabel(node)) ? node : null;

    private static bool Contains(IReadOnlyList<NodeType> labels, NodeType label)
    {
        foreach (var l in labels)
        {
            if (ReferenceEquals(l, label))
            {
                return true;
            }
        }

        return false;
    }

    private void Tick()
    {
        if (++_work % CancellationCheckInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// The entity of a single-entity field: the one with the smallest id (then relationship id) when the
    /// data holds several, so every store picks the same one.
    /// </summary>
    private Row? FirstOf(EntitySource source, int parent)
    {
        Row? best = null;
        string? bestId = null;
        string? bestRelationship = null;
        foreach (var row in Rows(source, parent))
        {
            var id = snapshot.GetNodeId(row.Node);
            var relationship = row.Relationship >= 0 ? snapshot.GetRelationshipId(row.Relationship) : null;
            var order = bestId is null ? -1 : string.CompareOrdinal(id, bestId);
            if (order < 0 || (order == 0 && string.CompareOrdinal(relationship, bestRelationship) < 0))
            {
                (best, bestId, bestRelationship) = (row, id, relationship);
            }
        }

        return best;
    }
}
