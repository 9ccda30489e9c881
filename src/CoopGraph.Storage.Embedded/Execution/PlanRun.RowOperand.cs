using CoopGraph.Planning.Operands;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>Each kind of operand read from the row (its entity, the relationship that led to it, the list element at hand).</summary>
    private readonly struct RowOperand(PlanRun run, Row row, object? listElement) : IOperandVisitor<object?>
    {
        public object? Id(IdOperand id) => run.Snapshot.GetNodeId(row.Node);

        public object? Label(LabelOperand label) => run.Snapshot.GetLabel(row.Node).Name;

        public object? DisplayName(DisplayNameOperand displayName) => run.DisplayName(row.Node, run.Snapshot.GetLabel(row.Node), null);

        public object? Property(PropertyOperand property) => run.Snapshot.GetProperty(row.Node, property.Property);

        public object? EdgeProperty(EdgePropertyOperand property) =>
            row.Relationship >= 0 && run.Snapshot.GetRelationshipType(row.Relationship).Properties is { } props && props.FindProperty(property.Property.Name) is { } defined
                ? run.Snapshot.GetRelationshipProperty(row.Relationship, defined)
                : null;

        public object? Element(ElementOperand element) => listElement;

        public object? ToOne(ToOneOperand toOne) =>
            run.Expand(row.Node, toOne.Field) is { Count: > 0 } targets ? run.OperandValue(toOne.Inner, targets[0], null) : null;

        public object? RelationshipCount(RelationshipCountOperand count) => (long)run.Expand(row.Node, count.Field).Count;
    }
}
