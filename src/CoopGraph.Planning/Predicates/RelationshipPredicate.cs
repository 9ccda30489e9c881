using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Predicates;

/// <summary>
/// A quantified condition on the relationships of a field: <c>partners: { some: {..} }</c>,
/// or a to-one <c>country: {..}</c> (Some). <see cref="Node"/> applies to the entity at the
/// other end, <see cref="Edge"/> to the relationship; either may be absent (always true).
/// </summary>
public sealed record RelationshipPredicate(RelationshipField Field, Quantifier Quantifier, Predicate? Node, Predicate? Edge) : Predicate
{
    public override string Describe() => $"{Quantifier} {Field.Name} ({Field.RelationshipType.Name} {Field.Direction})";

    public override IEnumerable<(string Role, PlanNode Node)> Children()
    {
        if (Node is not null)
        {
            yield return ("node", Node);
        }

        if (Edge is not null)
        {
            yield return ("edge", Edge);
        }
    }
}
