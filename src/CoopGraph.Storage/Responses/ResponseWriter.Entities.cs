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
            _writer.WriteNullValue();
            return;
        }

        _writer.WriteStartObject();

        // Indexed, not foreach: enumerating an IReadOnlyList boxes an enumerator per entity.
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            _writer.WritePropertyName(field.ResponseName);

            // A value of the entity itself never fails, and no error's null lands on it: it needs no place in the path.
            if (field is PropertyField or EntityValueField or TypenameField or StampField)
            {
                WriteEntityField(field, entity, label!);
            }
            else if (Enter(field))
            {
                WriteEntityField(field, entity, label!);
                _path.Leave();
            }
        }

        _writer.WriteEndObject();
    }

    private void WriteEntityField(OutputField field, in TEntity entity, NodeType label)
    {
        switch (field)
        {
            case TypenameField typename:
                _writer.WriteStringValue(typename.TypeName ?? label.Name);
                break;
            case EntityValueField { Value: EntityValue.Id }:
                WriteStringOrNull(_rows.Id(entity, field));
                break;
            case EntityValueField { Value: EntityValue.Label }:
                _writer.WriteStringValue(label.Name);
                break;
            case EntityValueField { Value: EntityValue.DisplayName }:
                _writer.WriteStringValue(_rows.DisplayName(entity, label, field));
                break;
            case EntityValueField { Value: EntityValue.Properties }:
                WriteEntityProperties(entity, field, label.Properties);
                break;
            case PropertyField property:
                ValueJson.Write(_writer, _rows.Property(entity, property));
                break;
            case StampField stamp:
                WriteStamp(_rows.EntityStamp(entity, stamp), stamp.Value);
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
        _writer.WriteStartObject();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (_rows.PropertiesEntry(entity, field, property) is { } value)
            {
                _writer.WritePropertyName(property.Name);
                ValueJson.Write(_writer, value);
            }
        }

        _writer.WriteEndObject();
    }

    private void WriteRelationship(in TRelationship relationship, IReadOnlyList<OutputField> fields)
    {
        _writer.WriteStartObject();
        foreach (var field in fields)
        {
            _writer.WritePropertyName(field.ResponseName);
            if (!Enter(field))
            {
                continue;
            }

            switch (field)
            {
                case TypenameField typename:
                    _writer.WriteStringValue(typename.TypeName);
                    break;
                case RelationshipValueField { Value: RelationshipValue.Id }:
                    WriteStringOrNull(_rows.RelationshipId(relationship, field));
                    break;
                case RelationshipValueField { Value: RelationshipValue.Type }:
                    _writer.WriteStringValue(_rows.TypeName(relationship));
                    break;
                case RelationshipValueField { Value: RelationshipValue.Properties }:
                    WriteRelationshipProperties(relationship, field, _rows.Type(relationship)?.Properties?.Properties ?? []);
                    break;
                case RelationshipEndField end:
                    WriteEntity(_rows.End(relationship, end), end.Projection);
                    break;
                case StampField stamp:
                    WriteStamp(_rows.RelationshipStamp(relationship, stamp), stamp.Value);
                    break;
                case SourcesField sources:
                    WriteSources(_rows.RelationshipSources(relationship, sources), sources.Fields);
                    break;
                default:
                    _writer.WriteNullValue();
                    break;
            }

            _path.Leave();
        }

        _writer.WriteEndObject();
    }

    private void WriteStamp(FactStamp stamp, StampValue value)
    {
        switch (value)
        {
            case StampValue.Version:
                _writer.WriteNumberValue(stamp.Version);
                break;
            case StampValue.CreatedAt:
                WriteTimeOrNull(stamp.CreatedAt);
                break;
            case StampValue.CreatedBy:
                WriteStringOrNull(stamp.CreatedBy);
                break;
            case StampValue.UpdatedAt:
                WriteTimeOrNull(stamp.UpdatedAt);
                break;
            default:
                WriteStringOrNull(stamp.UpdatedBy);
                break;
        }
    }

    /// <summary>ISO 8601 in UTC to the millisecond, as the DateTime scalar expects.</summary>
    private void WriteTimeOrNull(DateTimeOffset? time)
    {
        if (time is { } value)
        {
            _writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            _writer.WriteNullValue();
        }
    }

    private void WriteRelationshipProperties(in TRelationship relationship, OutputField field, IReadOnlyList<PropertyDefinition> properties)
    {
        _writer.WriteStartObject();
        foreach (var property in properties)
        {
            if (_rows.RelationshipPropertiesEntry(relationship, field, property) is { } value)
            {
                _writer.WritePropertyName(property.Name);
                ValueJson.Write(_writer, value);
            }
        }

        _writer.WriteEndObject();
    }

    private void WriteSources(in TSources sources, IReadOnlyList<OutputField> fields)
    {
        var references = _rows.References(sources);
        _writer.WriteStartArray();
        _path.EnterList();
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            if (!Item(i))
            {
                continue;
            }

            _writer.WriteStartObject();
            foreach (var field in fields)
            {
                _writer.WritePropertyName(field.ResponseName);
                if (!Enter(field))
                {
                    continue;
                }

                switch (field)
                {
                    case TypenameField typename:
                        _writer.WriteStringValue(typename.TypeName);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Quote }:
                        WriteStringOrNull(reference.Quote);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Inferred }:
                        _writer.WriteBooleanValue(reference.Inferred);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Note }:
                        WriteStringOrNull(reference.Note);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Verified }:
                        _writer.WriteBooleanValue(reference.Verified);
                        break;
                    case SourceRefSourceField source:
                        WriteEntity(_rows.SourceEntity(sources, reference, source), source.Projection);
                        break;
                    default:
                        _writer.WriteNullValue();
                        break;
                }

                _path.Leave();
            }

            _writer.WriteEndObject();
        }

        _path.Leave();
        _writer.WriteEndArray();
    }

    private void WriteStringOrNull(string? value)
    {
        if (value is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            _writer.WriteStringValue(value);
        }
    }
}
