using System.Globalization;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Neo4j.Client;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Writes the response's <c>data</c> from the map the translated statement returned, following the
/// plan: fields in response order (Neo4j maps keep no order), model properties in declaration order,
/// shadows left out, cursors encoded here with the same codec as the embedded store.
/// </summary>
internal sealed partial class Neo4jResponseWriter(GraphModel model, Utf8JsonWriter writer)
{
    public void WriteOperation(OperationPlan plan, IReadOnlyDictionary<string, object?>? data, IReadOnlyDictionary<string, Neo4jResult>? rawCypher = null)
    {
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            writer.WritePropertyName(field.ResponseName);
            var value = data?.GetValueOrDefault(field.ResponseName);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case LookupListField list:
                    WriteLookupList(list, value);
                    break;
                case SearchField search:
                    WriteSearch(search, value);
                    break;
                case PathsField or ReachableField or NeighbourhoodField or CommonNeighboursField or TimelineField or RankField:
                    WriteTraversalField(field, value);
                    break;
                case StoreQueryField query:
                    new RawCypherWriter(writer).Write(query, rawCypher![query.ResponseName]);
                    break;
                default:
                    WriteNested(field, value);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteNested(OutputField field, object? value)
    {
        switch (field)
        {
            case EntityField single:
                if (value is null && single.MissingRequired(null) is { } missing)
                {
                    throw missing;
                }

                WriteEntity(value, single.Projection);
                break;
            case ConnectionField connection:
                WriteConnection(connection, Map(value));
                break;
            case EntityListField list:
                WriteArray(value, item => WriteEntity(item, list.Projection));
                break;
            case RelationshipListField relationships:
                WriteArray(value, item => WriteRelationship(Map(item), relationships.Fields));
                break;
            default:
                throw new PlanExecutionException("INTERNAL", $"The Neo4j store cannot write a {field.GetType().Name} here.");
        }
    }

    private void WriteEntity(object? value, EntityProjection projection)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            writer.WriteNullValue();
            return;
        }

        var label = map.GetValueOrDefault(ResponseKeys.Label) is string name ? model.FindLabel(name) : projection.ByLabel.Keys.FirstOrDefault();
        var fields = label is null ? null : projection.For(label);
        if (fields is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.ResponseName);
            var item = map.GetValueOrDefault(field.ResponseName);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName ?? label!.Name);
                    break;
                case EntityValueField { Value: EntityValue.Label }:
                    writer.WriteStringValue(label!.Name);
                    break;
                case EntityValueField { Value: EntityValue.Id }:
                    WriteValue(item);
                    break;
                case EntityValueField { Value: EntityValue.DisplayName }:
                    writer.WriteStringValue(item is string s ? s : Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty);
                    break;
                case EntityValueField { Value: EntityValue.Properties }:
                    WriteProperties(Map(item), label!.Properties);
                    break;
                case PropertyField:
                    WriteValue(item);
                    break;
                case SourcesField sources:
                    WriteSources(Map(item), sources.Fields);
                    break;
                default:
                    WriteNested(field, item);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteRelationship(IReadOnlyDictionary<string, object?> map, IReadOnlyList<OutputField> fields)
    {
        var typeName = map.GetValueOrDefault(ResponseKeys.RelationshipType) as string ?? string.Empty;
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.ResponseName);
            var item = map.GetValueOrDefault(field.ResponseName);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case RelationshipValueField { Value: RelationshipValue.Id }:
                    WriteValue(item);
                    break;
                case RelationshipValueField { Value: RelationshipValue.Type }:
                    writer.WriteStringValue(typeName);
                    break;
                case RelationshipValueField { Value: RelationshipValue.Properties }:
                    WriteProperties(Map(item), model.FindRelationshipType(typeName)?.Properties?.Properties ?? []);
                    break;
                case RelationshipEndField end:
                    WriteEntity(item, end.Projection);
                    break;
                case SourcesField sources:
                    WriteSources(Map(item), sources.Fields);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The model's properties in declaration order, those with a value only; shadows and unknown keys are not properties.</summary>
    private void WriteProperties(IReadOnlyDictionary<string, object?> stored, IReadOnlyList<PropertyDefinition> properties)
    {
        writer.WriteStartObject();
        foreach (var property in properties)
        {
            if (stored.GetValueOrDefault(property.Name) is { } value)
            {
                writer.WritePropertyName(property.Name);
                WriteValue(value);
            }
        }

        writer.WriteEndObject();
    }

    private void WriteArray(object? value, Action<object?> write)
    {
        writer.WriteStartArray();
        foreach (var item in List(value))
        {
            write(item);
        }

        writer.WriteEndArray();
    }

    /// <summary>A stored value as the embedded store writes it: integers exact, PartialDates as their text.</summary>
    private void WriteValue(object? value) => ValueJson.Write(writer, value);

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? EmptyMap;

    private static IReadOnlyList<object?> List(object? value) => value as IReadOnlyList<object?> ?? [];

    private static readonly IReadOnlyDictionary<string, object?> EmptyMap = new Dictionary<string, object?>();
}
