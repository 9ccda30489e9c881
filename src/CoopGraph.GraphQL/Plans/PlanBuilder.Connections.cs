using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Paging;
using CoopGraph.Planning.Sources;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    /// <summary>A connection over <paramref name="source"/>: where, order, page, and the parts the selection asks for.</summary>
    private OutputField? BuildConnection(
        string responseName,
        EntitySource source,
        string targetTypeName,
        GraphQLField field,
        FieldType fieldType,
        Dictionary<string, object?> args,
        RelationshipField? relationship = null)
    {
        var whereType = (IInputObjectGraphType)fieldType.Arguments!.Find("where")!.ResolvedType!;
        var filtered = args.TryGetValue("where", out var where) && where is IDictionary<string, object?> whereValue
            && BuildPredicate(whereType, whereValue) is { } predicate
                ? new FilterEntities(source, predicate)
                : source;
        var order = BuildOrder(targetTypeName, args.GetValueOrDefault("order"));
        var page = BuildPage(args, order, relationship is not null);
        if (page is null)
        {
            return null;
        }

        var targets = relationship?.Targets ?? [_model.FindLabel(targetTypeName)!];
        var connectionType = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        return new ConnectionField(responseName, filtered, order, page, ConnectionParts(connectionType, field.SelectionSet, targets));
    }

    private List<OutputField> ConnectionParts(IComplexGraphType connectionType, GraphQLSelectionSet? selectionSet, IReadOnlyList<NodeType> targets)
    {
        return Selected(connectionType, selectionSet, (responseName, field, fieldType) =>
            field.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(responseName, connectionType.Name)
                : FieldMeaning.Of(fieldType) switch
                {
                    StructureMeaning { Kind: StructureKind.TotalCount } => new ConnectionValueField(responseName, ConnectionValue.TotalCount),
                    StructureMeaning { Kind: StructureKind.PageInfo } => new PageInfoField(responseName, PageInfoParts(fieldType, field)),
                    StructureMeaning { Kind: StructureKind.Nodes } => new NodesField(responseName, false, Projection(targets, field.SelectionSet)),
                    StructureMeaning { Kind: StructureKind.Edges } => new EdgesField(responseName, EdgeParts(fieldType, field, targets)),
                    _ => Fail("INTERNAL", $"The connection field '{field.Name.StringValue}' has no plan."),
                });
    }

    private List<OutputField> PageInfoParts(FieldType fieldType, GraphQLField field)
    {
        var type = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        return Selected(type, field.SelectionSet, (responseName, sub, subType) =>
            sub.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(responseName, type.Name)
                : new ConnectionValueField(responseName, FieldMeaning.Of<StructureMeaning>(subType)!.Kind switch
                {
                    StructureKind.HasNextPage => ConnectionValue.HasNextPage,
                    StructureKind.HasPreviousPage => ConnectionValue.HasPreviousPage,
                    StructureKind.StartCursor => ConnectionValue.StartCursor,
                    _ => ConnectionValue.EndCursor,
                }));
    }

    private List<OutputField> EdgeParts(FieldType fieldType, GraphQLField field, IReadOnlyList<NodeType> targets)
    {
        var type = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        return Selected(type, field.SelectionSet, (responseName, sub, subType) =>
            sub.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(responseName, type.Name)
                : FieldMeaning.Of<StructureMeaning>(subType)!.Kind switch
                {
                    StructureKind.Cursor => new ConnectionValueField(responseName, ConnectionValue.Cursor),
                    StructureKind.EdgeNode => new NodesField(responseName, true, Projection(targets, sub.SelectionSet)),
                    StructureKind.Sources => new SourcesField(responseName, SourceRefFields(subType, sub)),
                    _ => new EdgePropertiesField(responseName, EdgePropertyParts(subType, sub)),
                });
    }

    private List<OutputField> EdgePropertyParts(FieldType fieldType, GraphQLField field)
    {
        var type = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        return Selected(type, field.SelectionSet, (responseName, sub, subType) =>
            sub.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(responseName, type.Name)
                : new PropertyField(responseName, FieldMeaning.Of<PropertyMeaning>(subType)!.Property));
    }

    /// <summary>Validates first/last/after/before and decodes the cursors against the order.</summary>
    private PageRequest? BuildPage(Dictionary<string, object?> args, IReadOnlyList<SortKey> order, bool onRelationships)
    {
        var first = args.GetValueOrDefault("first") as int?;
        var last = args.GetValueOrDefault("last") as int?;
        if (first is not null && last is not null)
        {
            AddError("BAD_USER_INPUT", "Pass first or last, not both.");
            return null;
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0)
            {
                AddError("BAD_USER_INPUT", $"{name} must not be negative.");
                return null;
            }

            if (value > _limits.MaxPageSize)
            {
                AddError("LIMIT_EXCEEDED", $"{name} is {value}, above the maximum page size {_limits.MaxPageSize} (limit MaxPageSize).");
                return null;
            }
        }

        if (first is null && last is null)
        {
            first = _limits.DefaultPageSize;
        }

        var signature = CursorCodec.Signature(order);
        Cursor? Decode(string name)
        {
            if (args.GetValueOrDefault(name) is not string text)
            {
                return null;
            }

            if (CursorCodec.TryDecode(text, signature, order.Count - 1, out var cursor) && (cursor!.RelationshipId is not null) == onRelationships)
            {
                return cursor;
            }

            AddError("BAD_USER_INPUT", CursorCodec.IsWellFormed(text)
                ? $"The {name} cursor is not a cursor of this connection under this order."
                : $"The {name} cursor is malformed: it is not a cursor this server made. Pass an edges.cursor, pageInfo.startCursor or pageInfo.endCursor as it was returned.");
            return null;
        }

        var after = Decode("after");
        var before = Decode("before");
        var failed = (args.GetValueOrDefault("after") is string && after is null) || (args.GetValueOrDefault("before") is string && before is null);
        return failed ? null : new PageRequest(first, after, last, before);
    }
}
