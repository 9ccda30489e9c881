namespace CoopGraph.Planning.Predicates;

/// <summary>
/// A store's reading of each kind of filter condition. Every store implements all of them, so a new kind of
/// condition is a new member here and fails the build of each store until it evaluates it.
/// </summary>
public interface IPredicateVisitor<TResult>
{
    TResult And(AndPredicate and);

    TResult Or(OrPredicate or);

    TResult Not(NotPredicate not);

    TResult Compare(ComparePredicate compare);

    TResult List(ListPredicate list);

    TResult ListAny(ListAnyPredicate any);

    TResult Relationship(RelationshipPredicate relationship);

    TResult RelationshipExists(RelationshipExistsPredicate exists);
}
