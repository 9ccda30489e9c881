using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema.Meanings;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    private ObjectGraphType RootConnection(NodeType label)
    {
        var edge = new ObjectGraphType { Name = ApiNames.RootEdgeType(label), Description = $"An edge of a page of {label.Plural}." };
        edge.AddField(Field("cursor", NonNull(new StringGraphType()), new StructureMeaning(StructureKind.Cursor)));
        edge.AddField(Field("node", NonNull(_objects[label]), new StructureMeaning(StructureKind.EdgeNode)));
        return Connection(ApiNames.RootConnectionType(label), edge, _objects[label]);
    }

    private ObjectGraphType RelationshipConnection(RelationshipField r, IGraphType target)
    {
        var edge = new ObjectGraphType { Name = ApiNames.RelationshipEdgeType(r), Description = $"{ApiNames.Article(r.RelationshipType.Name)} {r.RelationshipType.Name} relationship of {r.Owner.Name}.{r.Name}, with its provenance." };
        edge.AddField(Field("cursor", NonNull(new StringGraphType()), new StructureMeaning(StructureKind.Cursor)));
        edge.AddField(Field("node", NonNull(target), new StructureMeaning(StructureKind.EdgeNode)));
        if (r.RelationshipType.Properties is { } properties)
        {
            edge.AddField(Field("properties", NonNull(_propertiesObjects[properties.Name]), new StructureMeaning(StructureKind.EdgeProperties)));
        }

        edge.AddField(Field("sources", NonNullListOfNonNull(_sourceRef), new StructureMeaning(StructureKind.Sources)));
        return Connection(ApiNames.RelationshipConnectionType(r), edge, target);
    }

    private ObjectGraphType Connection(string name, ObjectGraphType edge, IGraphType node)
    {
        var connection = new ObjectGraphType { Name = name };
        connection.AddField(Field("edges", NonNullListOfNonNull(edge), new StructureMeaning(StructureKind.Edges)));
        connection.AddField(Field("nodes", NonNullListOfNonNull(node), new StructureMeaning(StructureKind.Nodes)));
        connection.AddField(Field("pageInfo", NonNull(_pageInfo), new StructureMeaning(StructureKind.PageInfo)));
        connection.AddField(Field("totalCount", NonNull(new IntGraphType()), new StructureMeaning(StructureKind.TotalCount), "Entities that match the filter, on every page."));
        return connection;
    }
}
