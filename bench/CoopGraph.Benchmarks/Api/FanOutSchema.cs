using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// A code-first schema with the public API's shape for the fan-out query (connections with
/// <c>nodes</c>, the <c>Entity</c> interface, the <c>Party</c> union) whose fields each have an
/// ordinary resolver, so graphql-dotnet executes it field by field.
/// </summary>
internal static class FanOutSchema
{
    private static readonly string[] PartyLabels = ["Province", "Organisation", "University", "Country"];

    public static ISchema Build(IFanOutSource source)
    {
        var entity = new InterfaceGraphType { Name = "Entity" };
        entity.AddField(new FieldType { Name = "id", ResolvedType = new NonNullGraphType(new IdGraphType()) });
        entity.AddField(new FieldType { Name = "displayName", ResolvedType = new NonNullGraphType(new StringGraphType()) });
        var objects = new Dictionary<string, ObjectGraphType>(StringComparer.Ordinal);
        foreach (var label in PartyLabels.Append("Agreement"))
        {
            var type = new ObjectGraphType { Name = label, IsTypeOf = value => source.Label(value) == label };
            type.Field("id", new NonNullGraphType(new IdGraphType())).Resolve(ctx => source.Id(ctx.Source!));
            type.Field(label == "Agreement" ? "title" : "name", new NonNullGraphType(new StringGraphType())).Resolve(ctx => source.Name(ctx.Source!));
            type.Field("displayName", new NonNullGraphType(new StringGraphType())).Resolve(ctx => source.Name(ctx.Source!));
            type.AddResolvedInterface(entity);
            entity.AddPossibleType(type);
            objects[label] = type;
        }

        entity.ResolveType = value => objects[source.Label(value)];
        var party = new UnionGraphType { Name = "Party", ResolveType = value => objects[source.Label(value)] };
        foreach (var label in PartyLabels)
        {
            party.AddPossibleType(objects[label]);
        }

        AddChildren(objects["Province"], "agreements", Connection("ProvinceAgreementsConnection", objects["Agreement"]), source);
        AddChildren(objects["Agreement"], "parties", Connection("AgreementPartiesConnection", party), source);
        var query = new ObjectGraphType { Name = "Query" };
        query.Field("provinces", new NonNullGraphType(Connection("ProvincesConnection", objects["Province"])))
            .Argument(new IntGraphType(), "first")
            .Resolve(ctx => source.Provinces(ctx.GetArgument<int?>("first") ?? 25));
        var schema = new Schema { Query = query };
        schema.RegisterType(entity);
        foreach (var type in objects.Values)
        {
            schema.RegisterType(type);
        }

        schema.Initialize();
        return schema;
    }

    private static ObjectGraphType Connection(string name, IGraphType node)
    {
        var connection = new ObjectGraphType { Name = name };
        connection.Field("nodes", new NonNullGraphType(new ListGraphType(new NonNullGraphType(node)))).Resolve(ctx => ctx.Source);
        return connection;
    }

    private static void AddChildren(ObjectGraphType parent, string field, ObjectGraphType connection, IFanOutSource source) =>
        parent.Field(field, new NonNullGraphType(connection))
            .Argument(new IntGraphType(), "first")
            .Resolve(ctx => source.Children(ctx.Source!, ctx.GetArgument<int?>("first") ?? 25));
}
