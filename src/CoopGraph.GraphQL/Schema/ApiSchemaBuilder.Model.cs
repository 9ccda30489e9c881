using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema.Meanings;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    /// <summary>
    /// The root field <c>model</c>: the labels and relationship types that labels:, types:, their exclude lists and
    /// patterns take. The arguments stay strings (the contract's), so the names are listed here rather than as enums.
    /// </summary>
    private void AddModelField(ObjectGraphType query)
    {
        var label = new ObjectGraphType { Name = "ModelLabel", Description = "A label of the domain model and where the API serves its entities." };
        label.AddField(ModelValue<NodeType>("name", NonNull(new StringGraphType()), l => l.Name, "The label, as labels: and excludeLabels: take it and Entity.label answers (Province)."));
        label.AddField(ModelValue<NodeType>("connectionField", NonNull(new StringGraphType()), ApiNames.Connection, "The root field that filters, sorts and pages its entities (provinces)."));
        label.AddField(ModelValue<NodeType>("lookupField", NonNull(new StringGraphType()), ApiNames.Lookup, "The root field that finds one of its entities by id (province)."));
        label.AddField(ModelValue<NodeType>("idPrefix", NonNull(new StringGraphType()), l => l.IdPrefix, "What its entities' ids start with, before the colon (province, as in province:quang-nam)."));

        var type = new ObjectGraphType { Name = "ModelRelationshipType", Description = "A relationship type of the domain model and the labels it joins." };
        type.AddField(ModelValue<RelationshipType>("name", NonNull(new StringGraphType()), t => t.Name, "The type, as types:, excludeTypes: and patterns take it and Relationship.type answers (IN_COUNTRY)."));
        type.AddField(ModelValue<RelationshipType>("from", NonNullListOfNonNull(new StringGraphType()), t => t.Ends.Select(e => e.Start).Distinct().Order(StringComparer.Ordinal).ToArray(), "Labels of the entities it may start at, by name."));
        type.AddField(ModelValue<RelationshipType>("to", NonNullListOfNonNull(new StringGraphType()), t => t.Ends.Select(e => e.End).Distinct().Order(StringComparer.Ordinal).ToArray(), "Labels of the entities it may end at, by name."));
        type.AddField(ModelValue<RelationshipType>("properties", NonNullListOfNonNull(new StringGraphType()), t => (t.Properties?.Properties ?? []).Select(p => p.Name).ToArray(), "The properties it may carry (in Relationship.properties and edge filters)."));
        type.AddField(ModelValue<RelationshipType>("fields", NonNullListOfNonNull(new StringGraphType()), FieldsFollowing, "The typed fields that follow it, as Label.field (Province.country, Country.provinces)."));

        var model = new ObjectGraphType { Name = "DomainModel", Description = "The labels and relationship types the graph is made of, from the type definitions." };
        model.AddField(Field("labels", NonNullListOfNonNull(label), new ModelMeaning(Items: m => ((GraphModel)m).Labels), "Every label, in the order of the type definitions."));
        model.AddField(Field("types", NonNullListOfNonNull(type), new ModelMeaning(Items: m => ((GraphModel)m).RelationshipTypes), "Every relationship type, by name."));
        _extraTypes.AddRange([label, type, model]);

        query.AddField(Field(
            "model",
            NonNull(model),
            new ModelMeaning(),
            "The domain model: the labels and relationship types that labels:, types:, excludeLabels:, excludeTypes: and patterns name. Answered without reading the graph."));
    }

    private IReadOnlyList<string> FieldsFollowing(RelationshipType type) =>
        _model.Labels.SelectMany(l => l.Relationships).Where(f => f.RelationshipType == type).Select(f => $"{f.Owner.Name}.{f.Name}").ToArray();

    private static FieldType ModelValue<T>(string name, IGraphType type, Func<T, object?> value, string description) =>
        Field(name, type, new ModelMeaning(Value: item => value((T)item)), description);
}
