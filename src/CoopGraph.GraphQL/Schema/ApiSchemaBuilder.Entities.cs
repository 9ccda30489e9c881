using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema.Meanings;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    private void FillEntityObject(NodeType label, ObjectGraphType type)
    {
        foreach (var field in EntityFields())
        {
            type.AddField(field);
        }

        foreach (var p in label.Properties)
        {
            type.AddField(Field(p.Name, ScalarType(p), new PropertyMeaning(p)));
        }

        foreach (var r in label.Relationships)
        {
            var target = TargetType(r);
            if (r.IsList)
            {
                type.AddField(Field(r.Name, NonNull(RelationshipConnection(r, target)), new RelationshipFieldMeaning(r), Describe(r), PagingArguments(RelationshipWhere(r), SortInputFor(r))));
            }
            else
            {
                type.AddField(Field(r.Name, r.IsRequired ? NonNull(target) : target, new RelationshipFieldMeaning(r), Describe(r)));
            }
        }

        type.AddResolvedInterface(_node);
        type.AddResolvedInterface(_entity);
    }

    private static string Describe(RelationshipField r) => r.Direction switch
    {
        RelationshipDirection.Out => $"Follows {r.RelationshipType.Name} from this {r.Owner.Name}.",
        RelationshipDirection.In => $"Follows {r.RelationshipType.Name} back to this {r.Owner.Name}.",
        _ => $"Follows {r.RelationshipType.Name} in either direction.",
    };

    /// <summary>The object type of a single-label target, or the union of a union target.</summary>
    private IGraphType TargetType(RelationshipField r) =>
        r.HasSingleTarget ? _objects[r.Targets[0]] : _unions[r.TargetTypeName];

    private QueryArguments PagingArguments(IGraphType where, IGraphType order) => new(
        Argument("where", where),
        Argument("order", ListOf(NonNull(order))),
        Argument("first", new IntGraphType(), description: $"Page size from the start (default {_limits.DefaultPageSize}, at most {_limits.MaxPageSize})."),
        Argument("after", new StringGraphType()),
        Argument("last", new IntGraphType(), description: $"Page size from the end (at most {_limits.MaxPageSize})."),
        Argument("before", new StringGraphType()));
}
