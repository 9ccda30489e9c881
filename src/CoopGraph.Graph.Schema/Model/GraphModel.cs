namespace CoopGraph.Graph.Schema.Model;

/// <summary>
/// The compiled domain model: everything the API, the stores and the seed validation
/// derive from. Immutable once compiled.
/// </summary>
public sealed class GraphModel
{
    /// <summary>
    /// The label of the sources that facts cite: every fact names at least one, so the API, the stores and the seed
    /// treat it apart from the domain's other labels.
    /// </summary>
    public const string SourceLabel = "Source";

    private readonly Dictionary<string, NodeType> _labels;
    private readonly Dictionary<string, NodeType> _labelsByPrefix;
    private readonly Dictionary<string, RelationshipType> _relationshipTypes;
    private readonly Dictionary<string, EnumDefinition> _enums;
    private readonly Dictionary<string, UnionDefinition> _unions;
    private readonly Dictionary<string, RelationshipPropertiesType> _propertiesTypes;

    internal GraphModel(
        IReadOnlyList<NodeType> labels,
        IReadOnlyList<RelationshipType> relationshipTypes,
        IReadOnlyList<EnumDefinition> enums,
        IReadOnlyList<UnionDefinition> unions,
        IReadOnlyList<RelationshipPropertiesType> propertiesTypes)
    {
        Labels = labels;
        RelationshipTypes = relationshipTypes;
        Enums = enums;
        Unions = unions;
        PropertiesTypes = propertiesTypes;
        _labels = labels.ToDictionary(l => l.Name, StringComparer.Ordinal);
        _labelsByPrefix = labels.ToDictionary(l => l.IdPrefix, StringComparer.Ordinal);
        _relationshipTypes = relationshipTypes.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _enums = enums.ToDictionary(e => e.Name, StringComparer.Ordinal);
        _unions = unions.ToDictionary(u => u.Name, StringComparer.Ordinal);
        _propertiesTypes = propertiesTypes.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>Node labels, indexed by <see cref="NodeType.Ordinal"/>.</summary>
    public IReadOnlyList<NodeType> Labels { get; }

    /// <summary>Relationship types, indexed by <see cref="RelationshipType.Ordinal"/>.</summary>
    public IReadOnlyList<RelationshipType> RelationshipTypes { get; }

    public IReadOnlyList<EnumDefinition> Enums { get; }

    public IReadOnlyList<UnionDefinition> Unions { get; }

    public IReadOnlyList<RelationshipPropertiesType> PropertiesTypes { get; }

    public NodeType? FindLabel(string name) => _labels.GetValueOrDefault(name);

    /// <summary>The label an id belongs to, read from its prefix (<c>province:quang-nam</c> → Province).</summary>
    public NodeType? LabelOfId(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : _labelsByPrefix.GetValueOrDefault(id[..colon]);
    }

    public RelationshipType? FindRelationshipType(string name) => _relationshipTypes.GetValueOrDefault(name);

    public EnumDefinition? FindEnum(string name) => _enums.GetValueOrDefault(name);

    public UnionDefinition? FindUnion(string name) => _unions.GetValueOrDefault(name);
}
