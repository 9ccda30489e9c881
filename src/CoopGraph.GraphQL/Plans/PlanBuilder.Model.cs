using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Fields;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    /// <summary>The model root field, its whole answer taken from the model now: no store is asked, and every store writes the same.</summary>
    private ModelField BuildModel(string responseName, GraphQLField field, FieldType fieldType) =>
        new(responseName, Planned(fieldType, field.SelectionSet, _model));

    /// <summary>The selected members of one model object (the model, a label, a relationship type), in response order.</summary>
    private PlannedObject Planned(FieldType fieldType, GraphQLSelectionSet? selectionSet, object item)
    {
        var type = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        var members = new List<(string, object?)>();
        foreach (var (name, (sub, subType)) in _collect(_context, type, selectionSet))
        {
            var meaning = FieldMeaning.Of<ModelMeaning>(subType);
            members.Add((name, sub.Name.Value.Span.SequenceEqual("__typename") || meaning is null
                ? type.Name
                : meaning.Items is { } items
                    ? items(item).Select(i => Planned(subType, sub.SelectionSet, i)).ToArray()
                    : meaning.Value!(item)));
        }

        return new PlannedObject(members);
    }
}
