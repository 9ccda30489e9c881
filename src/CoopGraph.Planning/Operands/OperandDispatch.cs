namespace CoopGraph.Planning.Operands;

/// <summary>Hands an operand to the visitor member of its kind; the one place that tells the kinds apart.</summary>
public static class OperandDispatch
{
    /// <remarks>Generic over a struct visitor, so the embedded store's per-row reads make no boxing or virtual generic call.</remarks>
    public static TResult Visit<TVisitor, TResult>(ref TVisitor visitor, Operand operand)
        where TVisitor : struct, IOperandVisitor<TResult> => operand switch
        {
            IdOperand id => visitor.Id(id),
            LabelOperand label => visitor.Label(label),
            DisplayNameOperand displayName => visitor.DisplayName(displayName),
            PropertyOperand property => visitor.Property(property),
            EdgePropertyOperand property => visitor.EdgeProperty(property),
            ElementOperand element => visitor.Element(element),
            ToOneOperand toOne => visitor.ToOne(toOne),
            RelationshipCountOperand count => visitor.RelationshipCount(count),
            _ => throw new PlanExecutionException("INTERNAL", $"The operand {operand.GetType().Name} has no member in IOperandVisitor."),
        };
}
