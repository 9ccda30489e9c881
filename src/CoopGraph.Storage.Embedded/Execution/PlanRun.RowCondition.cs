using CoopGraph.Planning.Predicates;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>Whether the row (and the list element at hand, inside a list quantifier) meets each kind of condition.</summary>
    private readonly struct RowCondition(PlanRun run, Row row, object? element) : IPredicateVisitor<bool>
    {
        public bool And(AndPredicate and)
        {
            foreach (var p in and.Operands)
            {
                if (!run.Matches(p, row, element))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Or(OrPredicate or)
        {
            foreach (var p in or.Operands)
            {
                if (run.Matches(p, row, element))
                {
                    return true;
                }
            }

            return false;
        }

        public bool Not(NotPredicate not) => !run.Matches(not.Operand, row, element);

        public bool Compare(ComparePredicate compare) => run.Compare(compare, row, element);

        public bool List(ListPredicate list)
        {
            var (r, current) = (row, run);
            return Quantify(list.Quantifier, run.Snapshot.GetProperty(row.Node, list.Property) as object[] ?? [], e => current.Matches(list.Element, r, e));
        }

        public bool ListAny(ListAnyPredicate any) => (run.Snapshot.GetProperty(row.Node, any.Property) is object[] { Length: > 0 }) == any.Any;

        public bool Relationship(RelationshipPredicate relationship)
        {
            var current = run;
            return Quantify(relationship.Quantifier, run.Expand(row.Node, relationship.Field), r =>
                (relationship.Node is null || current.Matches(relationship.Node, r)) && (relationship.Edge is null || current.Matches(relationship.Edge, r)));
        }

        public bool RelationshipExists(RelationshipExistsPredicate exists) => (run.Expand(row.Node, exists.Field).Count > 0) == exists.Exists;
    }
}
