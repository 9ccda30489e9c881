using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

/// <summary>
/// Every selected field goes through here: its site (place in the document, nullability), and, when reading it found errors, a <see cref="FailedField"/> in its place, so the field
/// answers null with its errors while the rest of the operation runs.
/// </summary>
internal sealed partial class PlanBuilder
{
    private List<OutputField> Selected(IComplexGraphType type, GraphQLSelectionSet? selectionSet, Func<string, GraphQLField, FieldType, OutputField?> build)
    {
        var fields = new List<OutputField>();
        foreach (var (responseName, (field, fieldType)) in _collect(_context, type, selectionSet))
        {
            if (Selected(responseName, field, fieldType, build) is { } output)
            {
                fields.Add(output);
            }
        }

        return fields;
    }

    private OutputField? Selected(string responseName, GraphQLField field, FieldType fieldType, Func<string, GraphQLField, FieldType, OutputField?> build)
    {
        var pendingBefore = _pending.Count;
        var output = build(responseName, field, fieldType);
        if (_pending.Count > pendingBefore)
        {
            output = new FailedField(responseName, _pending[pendingBefore..]);
            _pending.RemoveRange(pendingBefore, _pending.Count - pendingBefore);
        }

        return output is null ? null : output with { Site = SiteOf(field, fieldType) };
    }

    private FieldSite SiteOf(GraphQLField field, FieldType fieldType)
    {
        var type = fieldType.ResolvedType;
        var list = (type as NonNullGraphType)?.ResolvedType ?? type;
        return new FieldSite(
            field.Location.Start,
            Nullable: type is not NonNullGraphType,
            NullableItems: list is ListGraphType { ResolvedType: not NonNullGraphType });
    }

    /// <summary>An error in the field being read: it fails that field, not the operation.</summary>
    private void AddError(string code, string message) => _pending.Add(new PlanExecutionException(code, message));
}
