using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.GraphQL.Schema.Scalars;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

/// <summary>
/// Generates the public GraphQL schema from the model: the generic graph view, one object
/// type per label, connections, filter and sort inputs, root fields. No field has a data
/// resolver: reads run as plans (see the plan execution strategy); the
/// schema serves parsing, validation, introspection and the printed SDL. Each field carries
/// its meaning in metadata for the plan builder.
/// </summary>
internal sealed partial class ApiSchemaBuilder
{
    /// <summary>Response key under which fallback rendering records an entity's label, for type resolution.</summary>
    public const string TypeHintKey = "\u0001t";

    private readonly GraphModel _model;
    private readonly ApiLimits _limits;
    private readonly JsonGraphType _json = new();
    private readonly PartialDateGraphType _partialDate = new();
    private readonly EnumerationGraphType _direction = new() { Name = "Direction", Description = "Which relationships of an entity to follow." };
    private readonly EnumerationGraphType _sortEnum = new() { Name = "SortEnumType" };
    private readonly InterfaceGraphType _node = new() { Name = "Node", Description = "An object with a global id (Relay global object identification)." };
    private readonly InterfaceGraphType _entity = new() { Name = "Entity", Description = "Any entity of the graph, with its provenance." };
    private readonly ObjectGraphType _relationship = new() { Name = "Relationship", Description = "A relationship between two entities, with its provenance." };
    private readonly ObjectGraphType _sourceRef = new() { Name = "SourceRef", Description = "Where a fact comes from: the source, the words it uses, and whether the fact is only inferred." };
    private readonly ObjectGraphType _pageInfo = new() { Name = "PageInfo", Description = "Where a page sits in its connection." };
    private readonly ObjectGraphType _searchHit = new() { Name = "SearchHit" };
    private readonly Dictionary<string, EnumerationGraphType> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<NodeType, ObjectGraphType> _objects = [];
    private readonly Dictionary<string, UnionGraphType> _unions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectGraphType> _propertiesObjects = new(StringComparer.Ordinal);
    private readonly List<IGraphType> _extraTypes = [];

    public ApiSchemaBuilder(GraphModel model, ApiLimits limits)
    {
        _model = model;
        _limits = limits;
    }

    public global::GraphQL.Types.Schema Build()
    {
        BuildSharedTypes();
        foreach (var e in _model.Enums)
        {
            var type = new EnumerationGraphType { Name = e.Name };
            foreach (var value in e.Values)
            {
                type.Add(value, value);
            }

            _enums[e.Name] = type;
        }

        foreach (var label in _model.Labels)
        {
            _objects[label] = new ObjectGraphType { Name = label.Name, IsTypeOf = value => TypeHint.Is(value, label.Name) };
        }

        foreach (var union in _model.Unions)
        {
            var type = new UnionGraphType { Name = union.Name, ResolveType = ResolveEntityType };
            foreach (var member in union.Members)
            {
                type.AddPossibleType(_objects[member]);
            }

            _unions[union.Name] = type;
        }

        foreach (var properties in _model.PropertiesTypes)
        {
            var type = new ObjectGraphType { Name = properties.Name, Description = "Properties of a relationship." };
            foreach (var p in properties.Properties)
            {
                type.AddField(Field(p.Name, ScalarType(p), new PropertyMeaning(p)));
            }

            _propertiesObjects[properties.Name] = type;
        }

        // SourceRef.source is the Source label's type when the model has one (it always should).
        var sourceType = _model.FindLabel(GraphModel.SourceLabel) is { } sourceLabel ? _objects[sourceLabel] : (IGraphType)_entity;
        _sourceRef.AddField(Field("source", NonNull(sourceType), new StructureMeaning(StructureKind.SourceEntity)));
        foreach (var label in _model.Labels)
        {
            FillEntityObject(label, _objects[label]);
        }

        var schema = new global::GraphQL.Types.Schema { Query = BuildQuery(), Mutation = BuildMutation(), Description = "CoopGraph: cooperation between Vietnamese and Japanese localities, every fact with its source." };

        // IDEs (Banana Cake Pop, GraphiQL) ask introspection for repeatable directives, and load the whole schema
        // in one introspection query: it walks types, not data, so it does not count against the cost limit.
        schema.Features.RepeatableDirectives = true;
        foreach (var type in _objects.Values.Cast<IGraphType>().Concat(_unions.Values).Concat(_extraTypes).Concat(_enums.Values))
        {
            schema.RegisterType(type);
        }

        // Reading the introspection fields seals the schema, so this comes after every type is registered.
        schema.WithIntrospectionComplexityImpact(0);

        return schema;
    }

    private ObjectGraphType? ResolveEntityType(object value) =>
        TypeHint.LabelOf(value) is { } label && _model.FindLabel(label) is { } nodeType ? _objects[nodeType] : null;

    private static NonNullGraphType NonNull(IGraphType type) => new(type);

    private static ListGraphType ListOf(IGraphType type) => new(type);

    private static NonNullGraphType NonNullListOfNonNull(IGraphType type) => new(new ListGraphType(new NonNullGraphType(type)));

    /// <summary>The GraphQL type of a stored property, following its nullability in the type definitions.</summary>
    private IGraphType ScalarType(PropertyDefinition p)
    {
        IGraphType scalar = ScalarOf(p);
        var type = p.IsList ? new ListGraphType(new NonNullGraphType(scalar)) : scalar;
        return p.IsRequired ? new NonNullGraphType(type) : type;
    }

    private IGraphType ScalarOf(PropertyDefinition p) => p.Kind switch
    {
        ValueKind.String => new StringGraphType(),
        ValueKind.Int => new IntGraphType(),
        ValueKind.Float => new FloatGraphType(),
        ValueKind.Boolean => new BooleanGraphType(),
        ValueKind.Id => new IdGraphType(),
        ValueKind.PartialDate => _partialDate,
        ValueKind.Enum => _enums[p.EnumType!.Name],
        _ => throw new ArgumentOutOfRangeException(nameof(p), p.Kind, "Unknown value kind."),
    };

    /// <summary>An output field; its resolver only serves graphql-dotnet's own execution (see <see cref="RenderedDataResolver"/>).</summary>
    private static FieldType Field(string name, IGraphType type, FieldMeaning meaning, string? description = null, QueryArguments? arguments = null) =>
        meaning.AttachTo(new FieldType { Name = name, ResolvedType = type, Description = description, Arguments = arguments, Resolver = RenderedDataResolver.Instance });

    private static FieldType InputField(string name, IGraphType type, FieldMeaning meaning, string? description = null) =>
        meaning.AttachTo(new FieldType { Name = name, ResolvedType = type, Description = description });

    private static QueryArgument Argument(string name, IGraphType type, object? defaultValue = null, string? description = null) =>
        new(type) { Name = name, DefaultValue = defaultValue, Description = description };
}
