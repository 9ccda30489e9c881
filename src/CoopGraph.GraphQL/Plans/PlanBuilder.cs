using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Sources;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

/// <summary>
/// Reads one validated operation into one plan. Field collection (fragments, type
/// conditions, @skip/@include, merging) is graphql-dotnet's; what each field means comes
/// from the metadata the schema generator attached. A problem found while reading a field
/// (a bad argument, a page past the limit) fails that field alone: the plan holds a
/// <see cref="FailedField"/> in its place, and the rest of the operation runs.
/// </summary>
internal sealed partial class PlanBuilder
{
    private readonly ExecutionContext _context;
    private readonly GraphModel _model;
    private readonly ApiLimits _limits;
    private readonly FieldCollector _collect;
    private readonly bool _typeHints;
    private readonly List<PlanExecutionException> _pending = [];

    /// <param name="typeHints">Record each entity's label under a hidden key, for graphql-dotnet's own execution (fallback).</param>
    public PlanBuilder(ExecutionContext context, GraphModel model, ApiLimits limits, FieldCollector collect, bool typeHints)
    {
        _context = context;
        _model = model;
        _limits = limits;
        _collect = collect;
        _typeHints = typeHints;
    }

    public OperationPlan Build(IEnumerable<KeyValuePair<string, (GraphQLField Field, FieldType FieldType)>> rootFields)
    {
        var fields = new List<OutputField>();
        foreach (var (responseName, (field, fieldType)) in rootFields)
        {
            if (Selected(responseName, field, fieldType, BuildRootField) is { } output)
            {
                fields.Add(output);
            }
        }

        return new OperationPlan(fields);
    }

    private OutputField? BuildRootField(string responseName, GraphQLField field, FieldType fieldType)
    {
        if (field.Name.Value.Span.SequenceEqual("__typename"))
        {
            return new TypenameField(responseName, "Query");
        }

        var args = Arguments(field, fieldType);
        switch (FieldMeaning.Of(fieldType))
        {
            case RootConnectionMeaning root:
                return BuildConnection(responseName, new ScanLabel(root.Label), root.Label.Name, field, fieldType, args);
            case RootLookupMeaning lookup:
                return new EntityField(responseName, new LookupIds([(string)args["id"]!], [lookup.Label]), Projection([lookup.Label], field.SelectionSet));
            case StructureMeaning { Kind: StructureKind.NodeLookup }:
                return new EntityField(responseName, new LookupIds([(string)args["id"]!], _model.Labels), Projection(_model.Labels, field.SelectionSet));
            case StructureMeaning { Kind: StructureKind.NodesLookup }:
                var ids = ((IEnumerable<object?>)args["ids"]!).Cast<string>().ToArray();
                if (ids.Length > _limits.MaxListSize)
                {
                    return Fail("LIMIT_EXCEEDED", $"nodes(ids:) takes at most {_limits.MaxListSize} ids (limit MaxListSize); got {ids.Length}.");
                }

                return new LookupListField(responseName, ids, _model.Labels, Projection(_model.Labels, field.SelectionSet));
            case StructureMeaning { Kind: StructureKind.Search }:
                return BuildSearch(responseName, field, args);
            case StructureMeaning { Kind: StructureKind.Cypher }:
                return BuildCypher(responseName, field, fieldType, args);
            case ModelMeaning:
                return BuildModel(responseName, field, fieldType);
            default:
                return BuildTraversalField(responseName, field, fieldType, args)
                    ?? (_pending.Count > 0 ? null : Fail("INTERNAL", $"The field '{field.Name.StringValue}' has no plan."));
        }
    }

    /// <summary>What to write for entities of the possible labels, from one selection set.</summary>
    private EntityProjection Projection(IReadOnlyList<NodeType> labels, GraphQLSelectionSet? selectionSet)
    {
        var byLabel = new Dictionary<NodeType, IReadOnlyList<OutputField>>();
        foreach (var label in labels)
        {
            var fields = Selected(ObjectTypeOf(label), selectionSet, (responseName, field, fieldType) => BuildEntityField(label, responseName, field, fieldType));
            if (_typeHints)
            {
                fields.Insert(0, new TypenameField(ApiSchemaBuilder.TypeHintKey, null));
            }

            byLabel[label] = fields;
        }

        return new EntityProjection(byLabel);
    }

    private IObjectGraphType ObjectTypeOf(NodeType label) => (IObjectGraphType)_context.Schema.AllTypes[label.Name]!;

    private OutputField? BuildEntityField(NodeType label, string responseName, GraphQLField field, FieldType fieldType)
    {
        if (field.Name.Value.Span.SequenceEqual("__typename"))
        {
            return new TypenameField(responseName, null);
        }

        switch (FieldMeaning.Of(fieldType))
        {
            case StructureMeaning { Kind: StructureKind.Id }:
                return new EntityValueField(responseName, EntityValue.Id);
            case StructureMeaning { Kind: StructureKind.Label }:
                return new EntityValueField(responseName, EntityValue.Label);
            case StructureMeaning { Kind: StructureKind.DisplayName }:
                return new EntityValueField(responseName, EntityValue.DisplayName);
            case StructureMeaning { Kind: StructureKind.Properties }:
                return new EntityValueField(responseName, EntityValue.Properties);
            case StructureMeaning { Kind: StructureKind.Sources }:
                return new SourcesField(responseName, SourceRefFields(fieldType, field));
            case StructureMeaning { Kind: StructureKind.Relationships }:
                return BuildRelationshipList(responseName, field, fieldType);
            case StructureMeaning { Kind: StructureKind.Neighbours }:
                return BuildNeighbours(responseName, field, fieldType);
            case PropertyMeaning property:
                return new PropertyField(responseName, property.Property);
            case StampMeaning stamp:
                return new StampField(responseName, stamp.Value);
            case RelationshipFieldMeaning { Field: var r } when r.IsList:
                return BuildConnection(responseName, new ExpandRelationship(r), r.TargetTypeName, field, fieldType, Arguments(field, fieldType), r);
            case RelationshipFieldMeaning { Field: var r }:
                return new EntityField(responseName, new ExpandRelationship(r), Projection(r.Targets, field.SelectionSet));
            default:
                return Fail("INTERNAL", $"The field '{label.Name}.{field.Name.StringValue}' has no plan.");
        }
    }

    private List<OutputField> SourceRefFields(FieldType fieldType, GraphQLField field)
    {
        return Selected((IComplexGraphType)fieldType.ResolvedType!.GetNamedType(), field.SelectionSet, (responseName, sub, subType) =>
            sub.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(responseName, "SourceRef")
                : FieldMeaning.Of(subType) switch
                {
                    StructureMeaning { Kind: StructureKind.SourceQuote } => new SourceRefValueField(responseName, SourceRefValue.Quote),
                    StructureMeaning { Kind: StructureKind.SourceInferred } => new SourceRefValueField(responseName, SourceRefValue.Inferred),
                    StructureMeaning { Kind: StructureKind.SourceNote } => new SourceRefValueField(responseName, SourceRefValue.Note),
                    StructureMeaning { Kind: StructureKind.SourceVerified } => new SourceRefValueField(responseName, SourceRefValue.Verified),
                    _ => new SourceRefSourceField(responseName, Projection(SourceLabels(), sub.SelectionSet)),
                });
    }

    private IReadOnlyList<NodeType> SourceLabels() =>
        _model.FindLabel(GraphModel.SourceLabel) is { } source ? [source] : _model.Labels;

    private Dictionary<string, object?> Arguments(GraphQLField field, FieldType fieldType)
    {
        var values = ExecutionHelper.GetArguments(fieldType.Arguments, field.Arguments, _context.Variables, _context.Document, field, null);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                result[name] = value.Value;
            }
        }

        return result;
    }

    private OutputField? Fail(string code, string message)
    {
        AddError(code, message);
        return null;
    }
}
