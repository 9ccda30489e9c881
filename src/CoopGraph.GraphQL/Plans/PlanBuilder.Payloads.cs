using GraphQL;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    /// <summary>
    /// The read that renders what a mutation wrote: one root list per payload field, one element per id, with the
    /// field's own selection, so a payload selects from the written entity all that a query could.
    /// </summary>
    public OperationPlan BuildPayloadReads(IEnumerable<PayloadLookup> lookups)
    {
        var fields = new List<OutputField>();
        foreach (var lookup in lookups)
        {
            var output = Selected(lookup.ResponseName, lookup.Field, lookup.FieldType, (name, field, fieldType) =>
            {
                if (lookup.IsRelationship)
                {
                    return new RelationshipLookupField(name, lookup.Ids, RelationshipFields(fieldType, field.SelectionSet));
                }

                var labels = _model.FindLabel(fieldType.ResolvedType!.GetNamedType().Name) is { } label ? [label] : _model.Labels;
                return new LookupListField(name, lookup.Ids, labels, Projection(labels, field.SelectionSet));
            });
            if (output is not null)
            {
                fields.Add(output);
            }
        }

        return new OperationPlan(fields);
    }
}
