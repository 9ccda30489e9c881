namespace CoopGraph.Planning.Predicates;

/// <summary>Hands a condition to the visitor member of its kind; the one place that tells the kinds apart.</summary>
public static class PredicateDispatch
{
    /// <remarks>Generic over a struct visitor: the embedded store evaluates conditions per row, with no boxing or virtual generic call.</remarks>
    public static TResult Visit<TVisitor, TResult>(ref TVisitor visitor, Predicate predicate)
        where TVisitor : struct, IPredicateVisitor<TResult> => predicate switch
        {
            AndPredicate and => visitor.And(and),
            OrPredicate or => visitor.Or(or),
            NotPredicate not => visitor.Not(not),
            ComparePredicate compare => visitor.Compare(compare),
            ListPredicate list => visitor.List(list),
            ListAnyPredicate any => visitor.ListAny(any),
            RelationshipPredicate relationship => visitor.Relationship(relationship),
            RelationshipExistsPredicate exists => visitor.RelationshipExists(exists),
            _ => throw new PlanExecutionException("INTERNAL", $"The condition {predicate.GetType().Name} has no member in IPredicateVisitor."),
        };
}
