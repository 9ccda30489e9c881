using System.Globalization;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Responses;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// The typed values the Query API returned, as rows for the shared response writer. The translated statement
/// returns maps keyed by response names (<see cref="ResponseKeys"/> beside them), so every value is found under
/// its field's response name; Neo4j maps keep no order, and the writer follows the plan's.
/// </summary>
internal readonly partial struct Neo4jRows(
    GraphModel model,
    IReadOnlyDictionary<string, object?>? data,
    IReadOnlyDictionary<string, Neo4jResult>? rawCypher)
    : IResponseRows<object?, object?, Neo4jPage, Neo4jSources, IReadOnlyDictionary<string, object?>?>
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyMap = new Dictionary<string, object?>();

    public object? Root => data;

    public void Step()
    {
        // The answer is in memory already; nothing to cancel.
    }

    public void WriteStoreQuery(StoreQueryField field, Utf8JsonWriter writer) => new RawCypherWriter(writer).Write(field, rawCypher![field.ResponseName]);

    public NodeType? Label(in object? entity, EntityProjection projection) =>
        entity is not IReadOnlyDictionary<string, object?> map ? null
        : map.GetValueOrDefault(ResponseKeys.Label) is string name ? model.FindLabel(name)
        : projection.ByLabel.Keys.FirstOrDefault();

    public string? Id(in object? entity, OutputField field) => Value(entity, field) as string;

    public string DisplayName(in object? entity, NodeType label, OutputField field) =>
        Value(entity, field) is var item && item is string s ? s : Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty;

    public object? Property(in object? entity, PropertyField field) => Value(entity, field);

    public object? PropertiesEntry(in object? entity, OutputField field, PropertyDefinition property) =>
        Map(Value(entity, field)).GetValueOrDefault(property.Name);

    public Neo4jSources EntitySources(in object? entity, SourcesField field) => Neo4jSources.Of(Map(Value(entity, field)));

    public bool TryFirst(in object? parent, EntityField field, out object? entity)
    {
        entity = Value(parent, field);
        return entity is not null;
    }

    public string? OwnerId(in object? parent) => null;

    public IReadOnlyList<object?> EntityList(in object? parent, EntityListField field) => List(Value(parent, field));

    public IReadOnlyList<object?> RelationshipList(in object? parent, RelationshipListField field) => List(Value(parent, field));

    public Neo4jPage Connection(in object? parent, ConnectionField field)
    {
        var map = Map(Value(parent, field));
        return new Neo4jPage(map, List(map.GetValueOrDefault(ResponseKeys.Rows)).Select(Map).ToArray());
    }

    public string? RelationshipId(in object? relationship, OutputField field) => Value(relationship, field) as string;

    public string TypeName(in object? relationship) => Map(relationship).GetValueOrDefault(ResponseKeys.RelationshipType) as string ?? string.Empty;

    public RelationshipType? Type(in object? relationship) => model.FindRelationshipType(TypeName(relationship));

    public object? RelationshipPropertiesEntry(in object? relationship, OutputField field, PropertyDefinition property) =>
        Map(Value(relationship, field)).GetValueOrDefault(property.Name);

    public object? End(in object? relationship, RelationshipEndField field) => Value(relationship, field);

    public Neo4jSources RelationshipSources(in object? relationship, SourcesField field) => Neo4jSources.Of(Map(Value(relationship, field)));

    public FactStamp EntityStamp(in object? entity, StampField field) => Stamp(Value(entity, field), field.Value);

    public FactStamp RelationshipStamp(in object? relationship, StampField field) => Stamp(Value(relationship, field), field.Value);

    public IReadOnlyList<SourceRef> References(in Neo4jSources sources) => sources.References;

    public object? SourceEntity(in Neo4jSources sources, SourceRef reference, SourceRefSourceField field) =>
        ById(sources.Map.GetValueOrDefault(field.ResponseName), reference.Source);

    /// <summary>
    /// The statement returns only the selected value of a stamp (missing ones coalesced there), and the writer reads only
    /// that value, so the rest of the stamp is left as <see cref="FactStamp.Unrecorded"/>'s.
    /// </summary>
    private static FactStamp Stamp(object? value, StampValue selected) => selected switch
    {
        StampValue.Version => FactStamp.Unrecorded with { Version = Convert.ToInt64(value ?? FactStamp.Unrecorded.Version, CultureInfo.InvariantCulture) },
        StampValue.CreatedAt => FactStamp.Unrecorded with { CreatedAt = Writes.StoredStamp.Time(value) },
        StampValue.CreatedBy => FactStamp.Unrecorded with { CreatedBy = value as string ?? FactStamp.SeedActor },
        StampValue.UpdatedAt => FactStamp.Unrecorded with { UpdatedAt = Writes.StoredStamp.Time(value) },
        StampValue.UpdatedBy => FactStamp.Unrecorded with { UpdatedBy = value as string ?? FactStamp.SeedActor },
        _ => FactStamp.Unrecorded,
    };

    /// <summary>The value under the field's response name in a map the statement returned; null when there is none.</summary>
    private static object? Value(object? map, OutputField field) =>
        map is IReadOnlyDictionary<string, object?> values ? values.GetValueOrDefault(field.ResponseName) : null;

    /// <summary>The projected value of the <c>{__id, __v}</c> pair whose id is <paramref name="id"/>; null when none.</summary>
    private static object? ById(object? pairs, string id) =>
        List(pairs).Select(Map).FirstOrDefault(p => p.GetValueOrDefault(ResponseKeys.Id) as string == id)?.GetValueOrDefault(ResponseKeys.Value);

    private static IReadOnlyDictionary<string, object?> Map(object? value) => value as IReadOnlyDictionary<string, object?> ?? EmptyMap;

    private static IReadOnlyList<object?> List(object? value) => value as IReadOnlyList<object?> ?? [];

}
