using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>Entities, relationships, their properties objects and provenance.</summary>
public sealed partial class ResponseWriter<TRows, TEntity, TRelationship, TPage, TSources, TResult>
{
    private void WriteEntity(in TEntity entity, EntityProjection projection)
    {
        var label = _rows.Label(entity, projection);
        var fields = label is null ? null : projection.For(label);
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
            WriteEntityField(field, entity, label!);
        }

        writer.WriteEndObject();
    }

    private void WriteEntityField(OutputField field, in TEntity entity, NodeType label)
    {
        switch (field)
        {
            case TypenameField typename:
                writer.WriteStringValue(typename.TypeName ?? label.Name);
                break;
            case EntityValueField { Value: EntityValue.Id }:
                WriteStringOrNull(_rows.Id(entity, field));
                break;
            case EntityValueField { Value: EntityValue.Label }:
                writer.WriteStringValue(label.Name);
                break;
            case EntityValueField { Value: EntityValue.DisplayName }:
                writer.WriteStringValue(_rows.DisplayName(entity, label, field));
                break;
            case EntityValueField { Value: EntityValue.Properties }:
                WriteEntityProperties(entity, field, label.Properties);
                break;
            case PropertyField property:
                ValueJson.Write(writer, _rows.Property(entity, property));
                break;
            case SourcesField sources:
                WriteSources(_rows.EntitySources(entity, sources), sources.Fields);
                break;
            default:
                WriteNested(field, entity);
                break;
        }
    }

    /// <summary>The model's properties in declaration order, those with a value only: shadows and unknown keys are not properties.</summary>
    private void WriteEntityProperties(in TEntity entity, OutputField field, IReadOnlyList<PropertyDefinition> properties)
    {
        writer.WriteStartObject();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (_rows.PropertiesEntry(entity, field, property) is { } value)
            {
                writer.WritePropertyName(property.Name);
                ValueJson.Write(writer, value);
            }
        }

        writer.WriteEndObject();
    }

    private void WriteRelationship(in TRelationship relationship, IReadOnlyList<OutputField> fields)
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
                case RelationshipValueField { Value: RelationshipValue.Id }:
                    WriteStringOrNull(_rows.RelationshipId(relationship, field));
                    break;
                case RelationshipValueField { Value: RelationshipValue.Type }:
                    writer.WriteStringValue(_rows.TypeName(relationship));
                    break;
                case RelationshipValueField { Value: RelationshipValue.Properties }:
                    WriteRelationshipProperties(relationship, field, _rows.Type(relationship)?.Properties?.Properties ?? []);
                    break;
                case RelationshipEndField end:
                    WriteEntity(_rows.End(relationship, end), end.Projection);
                    break;
                case SourcesField sources:
                    WriteSources(_rows.RelationshipSources(relationship, sources), sources.Fields);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteRelationshipProperties(in TRelationship relationship, OutputField field, IReadOnlyList<PropertyDefinition> properties)
    {
        writer.WriteStartObject();
        foreach (var property in properties)
        {
            if (_rows.RelationshipPropertiesEntry(relationship, field, property) is { } value)
            {
                writer.WritePropertyName(property.Name);
                ValueJson.Write(writer, value);
            }
        }

        writer.WriteEndObject();
    }

    private void WriteSources(in TSources sources, IReadOnlyList<OutputField> fields)
    {
        var references = _rows.References(sources);
        writer.WriteStartArray();
        foreach (var reference in references)
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
                        WriteStringOrNull(reference.Quote);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Inferred }:
                        writer.WriteBooleanValue(reference.Inferred);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Note }:
                        WriteStringOrNull(reference.Note);
                        break;
                    case SourceRefSourceField source:
                        WriteEntity(_rows.SourceEntity(sources, reference, source), source.Projection);
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void WriteStringOrNull(string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
